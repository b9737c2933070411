// The situation generator: who.
import fc from 'fast-check';
import type { ExpectedSlots } from './slots.js';

export const names = [
  'Sanne',
  'Daan',
  'Jesse',
  'Bram',
  'Noor',
  'Lotte',
  'Milan',
  'Sem',
  'Fleur',
  'Ayoub',
  'Yara',
  'Thijs',
  'Lieke',
  'Tess',
  'Finn',
  'Julia',
  'Kevin',
  'Noah',
  'Emma',
  'Luuk',
  'Mila',
  'Lars',
  'Iris',
  'Gijs',
  'Anne-Fleur',
];
type SchoolClass = { text: string; type: 'po' | 'vo' };
const classes: readonly SchoolClass[] = [
  { text: 'uit groep 7', type: 'po' },
  { text: 'uit groep 5', type: 'po' },
  { text: 'uit de brugklas', type: 'vo' },
  { text: 'uit klas 2', type: 'vo' },
  { text: 'uit 3 havo', type: 'vo' },
  { text: 'uit 4 vmbo', type: 'vo' },
];

export type Who = { text: string; slots: ExpectedSlots; type?: 'po' | 'vo' };

export const whoArbitrary: fc.Arbitrary<Who> = fc
  .record({
    name: fc.constantFrom(...names),
    lower: fc.boolean(),
    form: fc.nat(6),
    age: fc.integer({ min: 8, max: 17 }),
    schoolClass: fc.option(fc.constantFrom(...classes), { nil: undefined }),
  })
  .map(({ name, lower, form, age, schoolClass }) => {
    const typed = lower ? name.toLowerCase() : name;
    const slots: ExpectedSlots = { pupilFirstName: typed };
    let text: string;
    switch (form) {
      case 0:
        text = typed;
        break;
      case 1:
        text = `${typed} (${age})`;
        slots.age = age;
        break;
      case 2:
        text = `${typed}, ${age} jaar,`;
        slots.age = age;
        break;
      case 3:
        text = `mijn leerling ${typed}`;
        break;
      case 4:
        text = `ll ${typed}`;
        break;
      case 5:
        text = `${typed} ${age} jaar`;
        slots.age = age;
        break;
      default:
        text = name;
        slots.pupilFirstName = name;
        break;
    }
    if (schoolClass && form !== 2) {
      text = `${text} ${schoolClass.text}`;
      slots.schoolType = schoolClass.type;
      return { text, slots, type: schoolClass.type };
    }
    // Pupils enter the vo at about 12: a younger pupil is in the po.
    if (slots.age !== undefined && slots.age <= 11) {
      slots.schoolType = 'po';
      return { text, slots, type: 'po' as const };
    }
    return { text, slots };
  });
