using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Who answers a questionnaire (анкета): Mentor — наставник; Mentee — наставляемый; Curator — куратор.
/// </summary>
public enum SurveyRole
{
    Mentor = 1,
    Mentee,
    Curator,
}

/// <summary>
/// Kind of question of a questionnaire: Scale1To10 — a score from 1 to 10; Choice — one of the question's options; Open
/// — free text.
/// </summary>
public enum SurveyQuestionKind
{
    /// <summary>A score from 1 to 10.</summary>
    Scale1To10 = 1,

    /// <summary>One of the question's options.</summary>
    Choice,

    /// <summary>Free text.</summary>
    Open,
}

/// <summary>
/// A questionnaire (анкета) for a role at a point of the programme (initial, midpoint, final). Shared by all
/// programmes when <see cref="ProgrammeId"/> is null. Once published its questions are fixed, so answers
/// always refer to the questions that were asked.
/// </summary>
public class SurveyTemplate : AuditableEntity
{
    public const int MinScale = 1;
    public const int MaxScale = 10;

    private readonly List<SurveyQuestion> _questions = [];

    private SurveyTemplate()
    {
        Title = null!;
    }

    public SurveyTemplate(string title, SurveyRole role, ProgressPoint point, MentoringForm? form = null, Guid? programmeId = null)
    {
        Title = Guard.NotBlank(title, "title", TextLengths.Title);
        Role = Check.Defined(role, "role");
        Point = Check.Defined(point, "point");
        Form = form is { } f ? Check.Defined(f, "form") : null;
        ProgrammeId = programmeId;
    }

    public Guid? ProgrammeId { get; private set; }

    public string Title { get; private set; }

    /// <summary>The form the questionnaire is meant for; null for any form.</summary>
    public MentoringForm? Form { get; private set; }

    public SurveyRole Role { get; private set; }

    public ProgressPoint Point { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsArchived { get; private set; }

    public IReadOnlyCollection<SurveyQuestion> Questions => _questions.AsReadOnly();

    public void Rename(string title) => Title = Guard.NotBlank(title, "title", TextLengths.Title);

    public SurveyQuestion AddQuestion(SurveyQuestionKind kind, string text, bool isRequired, IEnumerable<string>? options = null)
    {
        EnsureDraft();
        var question = new SurveyQuestion(Id, _questions.Count + 1, kind, text, isRequired, options);
        _questions.Add(question);
        return question;
    }

    public void RemoveQuestion(Guid questionId)
    {
        EnsureDraft();
        var question = _questions.Find(q => q.Id == questionId)
                       ?? throw new DomainException(ErrorCodes.Survey.NoSuchQuestion, "questionId");
        _questions.Remove(question);
        for (var i = 0; i < _questions.Count; i++)
        {
            _questions[i].Renumber(i + 1);
        }
    }

    public void Publish(DateTimeOffset at)
    {
        EnsureDraft();
        if (_questions.Count == 0)
        {
            throw new DomainException(ErrorCodes.Survey.NoQuestions, "questions");
        }

        IsPublished = true;
        PublishedAt = at;
    }

    /// <summary>An archived questionnaire keeps its answers but is offered no more.</summary>
    public void Archive() => IsArchived = true;

    private void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new DomainConflictException(ErrorCodes.Survey.Published, "status");
        }
    }
}

public class SurveyQuestion : BaseEntity
{
    private readonly List<SurveyQuestionOption> _options = [];

    private SurveyQuestion()
    {
        Text = null!;
    }

    internal SurveyQuestion(Guid templateId, int order, SurveyQuestionKind kind, string text, bool isRequired, IEnumerable<string>? options)
    {
        TemplateId = templateId;
        Order = order;
        Kind = Check.Defined(kind, "kind");
        Text = Guard.NotBlank(text, "text", TextLengths.Paragraph);
        IsRequired = isRequired;
        var texts = (options ?? []).Select(o => Guard.NotBlank(o, "options", TextLengths.Title)).ToList();
        if (kind == SurveyQuestionKind.Choice && texts.Count < 2)
        {
            throw new DomainException(ErrorCodes.Survey.ChoiceNeedsOptions, "options");
        }

        if (kind != SurveyQuestionKind.Choice && texts.Count > 0)
        {
            throw new DomainException(ErrorCodes.Survey.OptionsOnlyForChoice, "options");
        }

        for (var i = 0; i < texts.Count; i++)
        {
            _options.Add(new SurveyQuestionOption(Id, i + 1, texts[i]));
        }
    }

    public Guid TemplateId { get; private set; }

    public int Order { get; private set; }

    public SurveyQuestionKind Kind { get; private set; }

    public string Text { get; private set; }

    public bool IsRequired { get; private set; }

    public IReadOnlyCollection<SurveyQuestionOption> Options => _options.AsReadOnly();

    internal void Renumber(int order) => Order = order;
}

public class SurveyQuestionOption : BaseEntity
{
    private SurveyQuestionOption()
    {
        Text = null!;
    }

    internal SurveyQuestionOption(Guid questionId, int order, string text)
    {
        QuestionId = questionId;
        Order = order;
        Text = text;
    }

    public Guid QuestionId { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; }
}

/// <summary>A person's answers to a questionnaire, for a pair/group of a programme (or a curator's, for the programme).</summary>
public class SurveyResponse : AuditableEntity
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse()
    {
    }

    public SurveyResponse(SurveyTemplate template, Guid programmeId, Guid? groupId, Guid respondentPersonId)
    {
        if (!template.IsPublished || template.IsArchived)
        {
            throw new DomainConflictException(ErrorCodes.Survey.NotPublished, "templateId");
        }

        if (template.ProgrammeId is { } own && own != programmeId)
        {
            throw new DomainException(ErrorCodes.Survey.OtherProgramme, "templateId");
        }

        TemplateId = template.Id;
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        GroupId = groupId;
        RespondentPersonId = Check.NotEmpty(respondentPersonId, "respondentPersonId");
    }

    public Guid TemplateId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid? GroupId { get; private set; }

    public Guid RespondentPersonId { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public IReadOnlyCollection<SurveyAnswer> Answers => _answers.AsReadOnly();

    /// <summary>Answers a question of the template (replacing an earlier answer to it); the value must suit its kind.</summary>
    public SurveyAnswer Answer(SurveyQuestion question, int? scale, Guid? optionId, string? text)
    {
        EnsureDraft();
        if (question.TemplateId != TemplateId)
        {
            throw new DomainException(ErrorCodes.Survey.NoSuchQuestion, "questionId");
        }

        switch (question.Kind)
        {
            case SurveyQuestionKind.Scale1To10:
                if (scale is null || optionId is not null)
                {
                    throw new DomainException(ErrorCodes.Survey.ScaleAnswerExpected, "scale");
                }

                Check.InRange(scale, SurveyTemplate.MinScale, SurveyTemplate.MaxScale, "scale");
                break;
            case SurveyQuestionKind.Choice:
                if (optionId is null || scale is not null || question.Options.All(o => o.Id != optionId))
                {
                    throw new DomainException(ErrorCodes.Survey.ChoiceAnswerExpected, "optionId");
                }

                break;
            default:
                if (scale is not null || optionId is not null || string.IsNullOrWhiteSpace(text))
                {
                    throw new DomainException(ErrorCodes.Survey.TextAnswerExpected, "text");
                }

                break;
        }

        _answers.RemoveAll(a => a.QuestionId == question.Id);
        var answer = new SurveyAnswer(Id, question.Id, scale, optionId, Guard.Optional(text, "text", TextLengths.FreeText));
        _answers.Add(answer);
        return answer;
    }

    /// <summary>Submits the answers; every required question must be answered.</summary>
    public void Submit(SurveyTemplate template, DateTimeOffset at)
    {
        EnsureDraft();
        if (template.Id != TemplateId)
        {
            throw new DomainException(ErrorCodes.Survey.OtherTemplate, "templateId");
        }

        var unanswered = template.Questions.Where(q => q.IsRequired && !_answers.Exists(a => a.QuestionId == q.Id)).ToList();
        if (unanswered.Count > 0)
        {
            var numbers = string.Join(", ", unanswered.Select(q => q.Order));
            throw new DomainException(ErrorCodes.Survey.RequiredUnanswered, "answers", numbers);
        }

        SubmittedAt = at;
    }

    private void EnsureDraft()
    {
        if (IsSubmitted)
        {
            throw new DomainConflictException(ErrorCodes.Survey.AlreadySubmitted, "status");
        }
    }
}

public class SurveyAnswer : BaseEntity
{
    private SurveyAnswer()
    {
    }

    internal SurveyAnswer(Guid responseId, Guid questionId, int? scale, Guid? optionId, string? text)
    {
        ResponseId = responseId;
        QuestionId = questionId;
        Scale = scale;
        OptionId = optionId;
        Text = text;
    }

    public Guid ResponseId { get; private set; }

    public Guid QuestionId { get; private set; }

    public int? Scale { get; private set; }

    public Guid? OptionId { get; private set; }

    public string? Text { get; private set; }
}
