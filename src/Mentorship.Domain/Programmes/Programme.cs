using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Programmes;

public enum ProgrammeStatus
{
    Active = 1,
    Closed,
}

/// <summary>
/// A mentorship programme (программа наставничества) of an organisation for one academic year or more. It moves
/// through six stages, forward one at a time when the stage's gate holds, back only with a reason; every move is
/// kept in <see cref="StageHistory"/>.
/// </summary>
public class Programme : AuditableEntity
{
    public const int TitleMaxLength = TextLengths.Title;
    public const int DescriptionMaxLength = TextLengths.FreeText;

    /// <summary>The words of a title and a description are never longer than the two texts.</summary>
    public const int SearchWordsMaxLength = TitleMaxLength + 1 + DescriptionMaxLength;

    private readonly List<ProgrammeForm> _forms = [];
    private readonly List<ProgrammeFormat> _formats = [];
    private readonly List<TeamMember> _teamMembers = [];
    private readonly List<ProgrammeTask> _tasks = [];
    private readonly List<NormativeDocument> _documents = [];
    private readonly List<StageTransition> _stageHistory = [];
    private readonly List<ProgrammePartner> _partners = [];

    private Programme()
    {
        Title = null!;
    }

    public Programme(Guid organizationId, string title, AcademicYear startYear, AcademicYear? endYear = null)
    {
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Title = Guard.NotBlank(title, "title", TitleMaxLength);
        SearchWords = SearchText.Words(Title);
        SetYears(startYear, endYear);
        Stage = ProgrammeStage.LaunchConditions;
        Status = ProgrammeStatus.Active;
    }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>
    /// The words of the title and description folded for the public search (lower case, ё → е, no punctuation);
    /// kept in step by the methods that change them.
    /// </summary>
    public string SearchWords { get; private set; } = string.Empty;

    public AcademicYear StartYear { get; private set; }

    /// <summary>The last academic year of a programme longer than one year; null for a one-year programme.</summary>
    public AcademicYear? EndYear { get; private set; }

    public ProgrammeStage Stage { get; private set; }

    public ProgrammeStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Published on the open information resource (no personal data is shown there).</summary>
    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyCollection<ProgrammeForm> Forms => _forms.AsReadOnly();

    public IReadOnlyCollection<ProgrammeFormat> Formats => _formats.AsReadOnly();

    public IReadOnlyCollection<TeamMember> TeamMembers => _teamMembers.AsReadOnly();

    public IReadOnlyCollection<ProgrammeTask> Tasks => _tasks.AsReadOnly();

    public IReadOnlyCollection<NormativeDocument> Documents => _documents.AsReadOnly();

    public IReadOnlyCollection<StageTransition> StageHistory => _stageHistory.AsReadOnly();

    public IReadOnlyCollection<ProgrammePartner> Partners => _partners.AsReadOnly();

    public AcademicYear LastYear => EndYear ?? StartYear;

    public TeamMember? Curator => _teamMembers.Find(m => m.Role == TeamRole.Curator);

    public bool CoversYear(AcademicYear year) => StartYear <= year && year <= LastYear;

    public void Update(string title, string? description, AcademicYear startYear, AcademicYear? endYear)
    {
        EnsureActive();
        Title = Guard.NotBlank(title, "title", TitleMaxLength);
        Description = Guard.Optional(description, "description", DescriptionMaxLength);
        SearchWords = SearchText.Words(Title, Description);
        SetYears(startYear, endYear);
    }

    public void AddForm(MentoringForm form)
    {
        EnsureActive();
        Check.Defined(form, "form");
        if (!_forms.Exists(f => f.Form == form))
        {
            _forms.Add(new ProgrammeForm(Id, form));
        }
    }

    public void RemoveForm(MentoringForm form)
    {
        EnsureActive();
        _forms.RemoveAll(f => f.Form == form);
    }

    public bool HasForm(MentoringForm form) => _forms.Exists(f => f.Form == form);

    public void AddFormat(MentoringFormat format)
    {
        EnsureActive();
        Check.Defined(format, "format");
        if (!_formats.Exists(f => f.Format == format))
        {
            _formats.Add(new ProgrammeFormat(Id, format));
        }
    }

    public void RemoveFormat(MentoringFormat format)
    {
        EnsureActive();
        _formats.RemoveAll(f => f.Format == format);
    }

    public bool HasFormat(MentoringFormat format) => _formats.Exists(f => f.Format == format);

    /// <summary>Appoints the curator (куратор); a programme has one, so a previous curator is replaced.</summary>
    public TeamMember AppointCurator(Guid? personId, string? fullName, string? position)
    {
        EnsureActive();
        _teamMembers.RemoveAll(m => m.Role == TeamRole.Curator);
        var curator = new TeamMember(Id, TeamRole.Curator, personId, fullName, position);
        _teamMembers.Add(curator);
        return curator;
    }

    public TeamMember AddTeamMember(Guid? personId, string? fullName, string? position)
    {
        EnsureActive();
        if (personId is not null && _teamMembers.Exists(m => m.PersonId == personId && m.Role == TeamRole.TeamMember))
        {
            throw new DomainException("The person is already in the organising team.", "personId");
        }

        var member = new TeamMember(Id, TeamRole.TeamMember, personId, fullName, position);
        _teamMembers.Add(member);
        return member;
    }

    public void RemoveTeamMember(Guid teamMemberId)
    {
        EnsureActive();
        _teamMembers.Remove(Find(_teamMembers, teamMemberId, "teamMemberId"));
    }

    public ProgrammeTask AddTask(string text, string? expectedResult)
    {
        EnsureActive();
        var task = new ProgrammeTask(Id, text, expectedResult);
        _tasks.Add(task);
        return task;
    }

    public void RemoveTask(Guid taskId)
    {
        EnsureActive();
        _tasks.Remove(Find(_tasks, taskId, "taskId"));
    }

    public NormativeDocument AddDocument(NormativeDocumentKind kind, string? number, DateOnly date, string title, string? url)
    {
        EnsureActive();
        var document = new NormativeDocument(Id, kind, number, date, title, url);
        _documents.Add(document);
        return document;
    }

    public void RemoveDocument(Guid documentId)
    {
        EnsureActive();
        _documents.Remove(Find(_documents, documentId, "documentId"));
    }

    public bool HasDocument(NormativeDocumentKind kind) => _documents.Exists(d => d.Kind == kind);

    public ProgrammePartner AddPartner(Guid organizationId, string? role)
    {
        EnsureActive();
        if (organizationId == OrganizationId)
        {
            throw new DomainException("An organisation cannot be a partner of its own programme.", "organizationId");
        }

        if (_partners.Exists(p => p.OrganizationId == organizationId))
        {
            throw new DomainException("The organisation is already a partner of the programme.", "organizationId");
        }

        var partner = new ProgrammePartner(Id, organizationId, role);
        _partners.Add(partner);
        return partner;
    }

    public void RemovePartner(Guid organizationId)
    {
        EnsureActive();
        _partners.RemoveAll(p => p.OrganizationId == organizationId);
    }

    /// <summary>The gate of stage 1, which depends on this aggregate alone.</summary>
    public StageGate LaunchConditionsGate()
    {
        var missing = new List<string>();
        if (_forms.Count == 0)
        {
            missing.Add(StageGate.Items.Form);
        }

        if (Curator is null)
        {
            missing.Add(StageGate.Items.Curator);
        }

        if (_tasks.Count == 0)
        {
            missing.Add(StageGate.Items.Task);
        }

        if (!HasDocument(NormativeDocumentKind.IntroductionOrder))
        {
            missing.Add(StageGate.Items.IntroductionOrder);
        }

        if (!HasDocument(NormativeDocumentKind.Regulation))
        {
            missing.Add(StageGate.Items.Regulation);
        }

        if (!HasDocument(NormativeDocumentKind.CuratorOrder))
        {
            missing.Add(StageGate.Items.CuratorOrder);
        }

        return new StageGate(ProgrammeStage.LaunchConditions, missing);
    }

    /// <summary>
    /// Moves to the next stage. The gate of the current stage must hold; stages 2–5 look at other aggregates
    /// (candidates, banks, groups), so the caller evaluates it and passes it in.
    /// </summary>
    public StageTransition Advance(StageGate gate, DateTimeOffset at, string? by)
    {
        EnsureActive();
        if (gate.Stage != Stage)
        {
            throw new DomainException($"The gate given is of stage {gate.Stage}, the programme is at stage {Stage}.", "stage");
        }

        if (Stage == ProgrammeStage.Completion)
        {
            throw new DomainConflictException("The programme is at its last stage; close it instead.", "stage");
        }

        if (!gate.IsOpen)
        {
            throw new DomainConflictException($"Stage {Stage} is not complete: missing {string.Join(", ", gate.Missing)}.", "stage");
        }

        return MoveTo(Stage + 1, at, by, reason: null);
    }

    /// <summary>Returns to an earlier stage; only with a reason, which the history keeps.</summary>
    public StageTransition ReturnTo(ProgrammeStage stage, string reason, DateTimeOffset at, string? by)
    {
        EnsureActive();
        Check.Defined(stage, "stage");
        if (stage >= Stage)
        {
            throw new DomainConflictException("A programme can go back only to an earlier stage.", "stage");
        }

        return MoveTo(stage, at, by, Guard.NotBlank(reason, "reason", StageTransition.ReasonMaxLength));
    }

    /// <summary>The gate to close the programme at the completion stage: no pair or group still active.</summary>
    public static StageGate CompletionGate(int activeGroups) =>
        new(ProgrammeStage.Completion, activeGroups > 0 ? [StageGate.Items.NoActiveGroup] : []);

    /// <summary>Closes the programme at the completion stage once no pair or group is still active.</summary>
    public void Close(int activeGroups, DateTimeOffset at)
    {
        EnsureActive();
        if (Stage != ProgrammeStage.Completion)
        {
            throw new DomainConflictException("Only a programme at the completion stage can be closed.", "stage");
        }

        if (activeGroups > 0)
        {
            throw new DomainConflictException($"{activeGroups} pair(s) or group(s) are still active.", "stage");
        }

        Status = ProgrammeStatus.Closed;
        ClosedAt = at;
    }

    public void Publish(DateTimeOffset at)
    {
        if (IsPublished)
        {
            throw new DomainException("The programme is already published.");
        }

        IsPublished = true;
        PublishedAt = at;
    }

    public void Unpublish()
    {
        IsPublished = false;
        PublishedAt = null;
    }

    public void EnsureActive()
    {
        if (Status == ProgrammeStatus.Closed)
        {
            throw new DomainConflictException("The programme is closed and takes no changes.", "status");
        }
    }

    /// <summary>
    /// The work of a stage is recorded once the programme has reached it: candidates from stage 2, the mentor bank
    /// from stage 3, mentees from stage 4, pairs and groups from stage 5, awards and cases at stage 6.
    /// </summary>
    public void EnsureReached(ProgrammeStage stage)
    {
        EnsureActive();
        if (Stage < stage)
        {
            throw new DomainConflictException($"The programme is at stage {(int)Stage}; this is done from stage {(int)stage} on.", "stage");
        }
    }

    private static T Find<T>(List<T> items, Guid id, string field)
        where T : BaseEntity =>
        items.Find(i => i.Id == id) ?? throw new DomainException("The programme has no such item.", field);

    private StageTransition MoveTo(ProgrammeStage to, DateTimeOffset at, string? by, string? reason)
    {
        var transition = new StageTransition(Id, Stage, to, at, by, reason);
        _stageHistory.Add(transition);
        Stage = to;
        return transition;
    }

    private void SetYears(AcademicYear startYear, AcademicYear? endYear)
    {
        if (endYear is { } end && end < startYear)
        {
            throw new DomainException("The programme cannot end before it starts.", "endYear");
        }

        StartYear = startYear;
        EndYear = endYear == startYear ? null : endYear;
    }
}

/// <summary>A stage's checklist: what is missing before the programme may move to the next stage.</summary>
public sealed record StageGate(ProgrammeStage Stage, IReadOnlyList<string> Missing)
{
    public bool IsOpen => Missing.Count == 0;

    /// <summary>Codes of checklist items, stable for API clients.</summary>
    public static class Items
    {
        public const string Form = "form";
        public const string Curator = "curator";
        public const string Task = "task";
        public const string IntroductionOrder = "introductionOrder";
        public const string Regulation = "regulation";
        public const string CuratorOrder = "curatorOrder";
        public const string TrainedAcceptedMentor = "trainedAcceptedMentor";
        public const string Mentor = "mentor";
        public const string MenteeWithRequest = "menteeWithRequest";
        public const string ActiveGroup = "activeGroup";
        public const string NoActiveGroup = "noActiveGroup";
    }

    /// <summary>Every item of a stage's checklist, in the order the stage's work goes.</summary>
    public static IReadOnlyList<string> ItemsOf(ProgrammeStage stage) => stage switch
    {
        ProgrammeStage.LaunchConditions => [Items.Form, Items.Curator, Items.Task, Items.IntroductionOrder, Items.Regulation, Items.CuratorOrder],
        ProgrammeStage.MentorSelection => [Items.TrainedAcceptedMentor],
        ProgrammeStage.MentorBank => [Items.Mentor],
        ProgrammeStage.MenteeBank => [Items.MenteeWithRequest],
        ProgrammeStage.OrganisationOfWork => [Items.ActiveGroup],
        ProgrammeStage.Completion => [Items.NoActiveGroup],
        _ => [],
    };

    /// <summary>The gate of a stage from whether each of its items holds.</summary>
    public static StageGate Of(ProgrammeStage stage, params (string Item, bool Met)[] items) =>
        new(stage, items.Where(i => !i.Met).Select(i => i.Item).ToList());
}
