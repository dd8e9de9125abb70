// The one question every library reports in the statement cost benchmark: the demo course's choice question, the
// learner, and the attempt. Ours reads it as a course definition; the peers build the same statement from it.
(function () {
  'use strict';

  var COURSE = 'https://courses.example.com/xapi-in-ten-minutes';
  var LANGUAGE = 'en-US';
  var question = {
    id: 'q-verbs',
    title: 'Verbs from the ADL vocabulary',
    prompt: 'Which of these are verbs of the ADL vocabulary? Choose all that apply.',
    choices: ['answered', 'clicked', 'passed', 'experienced'],
    correct: ['answered', 'passed', 'experienced']
  };

  function text(value) {
    var map = {};
    map[LANGUAGE] = value;
    return map;
  }

  window.AnsweredQuestion = {
    course: COURSE,
    question: question,
    /** The learner's response: the right one, as an array of choice ids. */
    response: function () {
      return ['answered', 'passed', 'experienced'];
    },

    /** course.json for our runtime: one section with a content page and the question. */
    courseDefinition: function () {
      return JSON.stringify({
        id: COURSE, title: text('Benchmark course'), language: LANGUAGE, masteryScore: 0.8,
        passCriteria: { minimumScore: 0.7 },
        sections: [{ id: 'statements', title: 'What a statement says', pages: [
          { id: 'welcome', type: 'content', title: 'Welcome' },
          { id: question.id, type: 'question', title: question.title, prompt: question.prompt,
            interactionType: 'choice', correct: question.correct,
            choices: question.choices.map(function (id) { return { id: id, text: id }; }) }
        ] }]
      });
    },

    /** publish-settings.json for our runtime: every statement to the stand-in LRS. */
    publishSettings: function () {
      return JSON.stringify({
        lrs: { endpoint: Bench.endpoint, login: Bench.login, password: Bench.password },
        statements: ['started', 'progressed', 'experienced', 'answered', 'mastered', 'passed', 'failed']
      });
    },

    learner: function () {
      return { objectType: 'Agent', account: { homePage: location.origin, name: '0f5b1c2e-7d4a-4f3b-9c1d-2e6a8b9c0d1e' } };
    },

    /**
     * Fresh plain objects for the parts of the answered statement ours sends (docs/statements.md), for a peer to
     * build its statement from with its own API: a new object graph each call, as a course's code makes one.
     */
    answeredParts: function (registration) {
      var response = this.response().join('[,]');
      return {
        actor: this.learner(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: text('answered') },
        object: {
          objectType: 'Activity',
          id: COURSE + '/' + question.id,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            name: text(question.title),
            description: text(question.prompt),
            interactionType: 'choice',
            correctResponsesPattern: [question.correct.join('[,]')],
            choices: question.choices.map(function (id) { return { id: id, description: text(id) }; })
          }
        },
        result: { score: { scaled: 1, raw: 1, min: 0, max: 1 }, success: true, response: response },
        context: {
          registration: registration,
          contextActivities: {
            parent: [{ objectType: 'Activity', id: COURSE + '/statements' }],
            grouping: [{ objectType: 'Activity', id: COURSE }]
          },
          platform: 'Course Runtime',
          language: LANGUAGE
        }
      };
    },

    /** The parts of a first statement, "attempted" on the course, for the start-up benchmark. */
    attemptedParts: function (registration) {
      return {
        actor: this.learner(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: text('started') },
        object: { objectType: 'Activity', id: COURSE, definition: { type: 'http://adlnet.gov/expapi/activities/course',
          name: text('Benchmark course') } },
        context: { registration: registration, platform: 'Course Runtime', language: LANGUAGE }
      };
    }
  };
}());
