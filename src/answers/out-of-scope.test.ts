import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('questions no document answers, however well their words are covered', () => {
  it.each([
    // Today's figures: the documents are reports of earlier years.
    'hoeveel leerlingen staan er momenteel op de wachtlijst van de verzuimcoaches?',
    'hoe lang is op dit moment de wachttijd bij de jeugdarts?',
    // The school's own software.
    'hoe verander ik in SOMtoday een absentie naar geoorloofd?',
    'hoe registreer je via het leerlingvolgsysteem een ziekmelding?',
    // A time of day no document gives.
    'hoe laat start het preventieve spreekuur van leerplicht?',
    // A street address, a screen to operate, a day of the week no document gives.
    'welke knoppen gebruik ik bij een DUO-melding voor 16 uur verzuim?',
    'op welke dag is het preventieve spreekuur van leerplicht?',
    'op welke dagen vergadert het zat?',
    // An amount of a unit asked of a thing no amount is said of ("uur werkstraf", "uur onderwijstijd").
    'hoeveel uur werkstraf geeft Halt aan een spijbelaar?',
    'hoeveel uur onderwijstijd krijgt een brugklasser per jaar?',
    // A count asked where the closest passages name no amount but years.
    'hoeveel leerlingen staan ingeschreven bij scholen van SWV De Verbinding?',
    // How often in a period, where the closest passages name no frequency.
    'hoe vaak per week spreekt een verzuimcoach de leerling gemiddeld?',
    // An amount of money asked in English or "in euro's", where the closest passages name none.
    'how much money did the verzuimcoaches cost in euros in 2023?',
  ])('should refuse "%s"', (question) => {
    expect(answers.answerExtractive(question).kind).toBe('none');
  });

  it('should still answer what the documents say about registering and waiting lists', () => {
    expect(answers.answerExtractive('moet de school het verzuim registreren?').kind).toBe('knowledge');
    expect(answers.answerExtractive('is er een wachtlijst bij de verzuimcoaches?').kind).toBe('knowledge');
    expect(answers.answerExtractive('hoeveel leerlingen begeleidden de verzuimcoaches in 2023?').kind).toBe(
      'knowledge',
    );
    expect(answers.answerExtractive('hoeveel uur spijbelen is genoeg voor het preventieve spreekuur?').kind).toBe(
      'knowledge',
    );
  });
});

describe('a product, place, law or holiday the documents never name', () => {
  it.each([
    'hoe zet ik een ziekmelding in Magister?',
    'mogen we volgens de WGBO medische info van de jeugdarts bewaren?',
    'geldt het doorbraakoverleg ook in Eindhoven?',
    'hoe werkt een ziekmelding in de regio Groningen?',
    'krijgen ouders vrij voor het Offerfeest?',
  ])('should refuse "%s"', (question) => {
    expect(answers.answerExtractive(question).kind).toBe('none');
  });

  it.each([
    // A pupil's name, wherever it stands, is no such noun: the question is still answered.
    'mag ik de ouders van Xiomara bellen als ze niet op school is?',
    'Xiomara is 17, mag ik haar ouders vertellen wat ze met de jeugdarts heeft besproken?',
    // Places and programmes the documents do name.
    'wat deed de taskforce in Alkmaar?',
  ])('should still answer "%s"', (question) => {
    expect(answers.answerExtractive(question).kind).toBe('knowledge');
  });
});

describe("a person's name or a way to reach someone, which no document gives", () => {
  it.each([
    'hoe heet de jeugdarts die bij onze school hoort?',
    'wat is de naam van de leerplichtambtenaar voor onze school?',
    'hoe bereik ik de coördinator van team verzuim?',
  ])('should refuse "%s"', (question) => {
    expect(answers.answerExtractive(question).kind).toBe('none');
  });
  it('should still answer what a thing is called or who holds a role', () => {
    expect(answers.answerExtractive('hoe heet het verzuim als ouders eerder op vakantie gaan?').kind).toBe('knowledge');
    expect(answers.answerExtractive('wie is de voorzitter van het doorbraakoverleg?').kind).toBe('knowledge');
  });
});
