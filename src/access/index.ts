export { AccessDeniedError, AccessError, type AccessDeniedReason } from './access-errors.js';
export { canChangeStatus, canCreate, canManageRoles, canRead, listScope } from './access-policy.js';
export {
  createAccessPolicy,
  generalRecordAccess,
  type AccessDecision,
  type AccessPolicy,
  type GuardedRecord,
  type RecordAccessRule,
  type RecordAccessRules,
} from './record-access.js';
export { createRoleActions, type RoleActions, type RoleReply, type RoleRequest } from './role-actions.js';
export { createAccessService, type AccessService, type AccessServiceOptions } from './access-service.js';
export { demoSchool, hasRole, type Actor, type Identity } from './actor.js';
export { createCosmosRoleDirectory } from './cosmos-role-directory.js';
export {
  MemoryRoleDirectory,
  userKey,
  type MemberEntry,
  type RoleDirectory,
  type SchoolEntry,
} from './role-directory.js';
export { allRoles, roleHolderNames, roleLabels, roleSchema, type Role } from './roles.js';
export {
  bootstrapRoleDirectory,
  loadRolesFile,
  rolesFileSchema,
  RolesFileError,
  type RolesFile,
} from './roles-file.js';
