using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

public class SurveyTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_published_questionnaire_keeps_its_questions()
    {
        var template = Template();

        var act = () => template.AddQuestion(SurveyQuestionKind.Open, "Ещё вопрос", false);

        act.Should().Throw<DomainException>();
    }

    [Test]
    public void A_questionnaire_without_questions_is_not_published()
    {
        var template = new SurveyTemplate("Анкета", SurveyRole.Mentor, ProgressPoint.Final);

        FluentActions.Invoking(() => template.Publish(Now)).Should().Throw<DomainException>().Which.Field.Should().Be("questions");
    }

    [Test]
    public void A_choice_question_has_options_and_other_questions_have_none()
    {
        var template = new SurveyTemplate("Анкета", SurveyRole.Mentor, ProgressPoint.Final);

        FluentActions.Invoking(() => template.AddQuestion(SurveyQuestionKind.Choice, "Выбор", true, ["один"])).Should().Throw<DomainException>();
        FluentActions.Invoking(() => template.AddQuestion(SurveyQuestionKind.Open, "Текст", true, ["один", "два"])).Should().Throw<DomainException>();
    }

    [Test]
    public void Answers_suit_the_kind_of_question()
    {
        var template = Template();
        var scale = template.Questions.Single(q => q.Kind == SurveyQuestionKind.Scale1To10);
        var choice = template.Questions.Single(q => q.Kind == SurveyQuestionKind.Choice);
        var response = new SurveyResponse(template, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        FluentActions.Invoking(() => response.Answer(scale, 11, null, null)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => response.Answer(scale, null, null, "хорошо")).Should().Throw<DomainException>();
        FluentActions.Invoking(() => response.Answer(choice, null, Guid.CreateVersion7(), null)).Should().Throw<DomainException>();

        response.Answer(scale, 7, null, null);
        response.Answer(scale, 9, null, null);
        response.Answer(choice, null, choice.Options.First().Id, null);

        response.Answers.Should().HaveCount(2);
        response.Answers.Single(a => a.QuestionId == scale.Id).Scale.Should().Be(9);
    }

    [Test]
    public void Required_questions_are_answered_before_submitting_and_nothing_changes_after()
    {
        var template = Template();
        var scale = template.Questions.Single(q => q.Kind == SurveyQuestionKind.Scale1To10);
        var response = new SurveyResponse(template, Guid.CreateVersion7(), null, Guid.CreateVersion7());

        FluentActions.Invoking(() => response.Submit(template, Now)).Should().Throw<DomainException>().Which.Field.Should().Be("answers");

        response.Answer(scale, 8, null, null);
        response.Submit(template, Now);

        response.IsSubmitted.Should().BeTrue();
        FluentActions.Invoking(() => response.Answer(scale, 5, null, null)).Should().Throw<DomainException>();
    }

    [Test]
    public void A_draft_questionnaire_cannot_be_answered()
    {
        var draft = new SurveyTemplate("Черновик", SurveyRole.Mentee, ProgressPoint.Initial);

        var act = () => new SurveyResponse(draft, Guid.CreateVersion7(), null, Guid.CreateVersion7());

        act.Should().Throw<DomainException>();
    }

    private static SurveyTemplate Template()
    {
        var template = new SurveyTemplate("Входная анкета наставляемого", SurveyRole.Mentee, ProgressPoint.Initial, MentoringForm.PupilPupil);
        template.AddQuestion(SurveyQuestionKind.Scale1To10, "Насколько комфортно общение?", true);
        template.AddQuestion(SurveyQuestionKind.Choice, "Как часто встречаться?", false, ["раз в неделю", "раз в месяц"]);
        template.AddQuestion(SurveyQuestionKind.Open, "Чего вы ждёте?", false);
        template.Publish(Now);
        return template;
    }
}
