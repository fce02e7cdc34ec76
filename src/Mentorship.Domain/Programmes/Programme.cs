using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// State of a mentorship programme (программа наставничества): Active — running through its stages; Closed — closed
/// after stage 6 (завершение), with no pair or group still active.
/// </summary>
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
            throw new DomainException(ErrorCodes.Programme.TeamMemberDuplicate, "personId");
        }

        var member = new TeamMember(Id, TeamRole.TeamMember, personId, fullName, position);
        _teamMembers.Add(member);
        return member;
    }

    /// <summary>False when the programme has no such item.</summary>
    public bool RemoveTeamMember(Guid teamMemberId)
    {
        EnsureActive();
        return _teamMembers.RemoveAll(i => i.Id == teamMemberId) > 0;
    }

    public ProgrammeTask AddTask(string text, string? expectedResult)
    {
        EnsureActive();
        var task = new ProgrammeTask(Id, text, expectedResult);
        _tasks.Add(task);
        return task;
    }

    /// <summary>False when the programme has no such item.</summary>
    public bool RemoveTask(Guid taskId)
    {
        EnsureActive();
        return _tasks.RemoveAll(i => i.Id == taskId) > 0;
    }

    public NormativeDocument AddDocument(NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy = null)
    {
        EnsureActive();
        var document = new NormativeDocument(Id, kind, number, date, title, fileReference, approvedBy);
        _documents.Add(document);
        return document;
    }

    /// <summary>False when the programme has no such document.</summary>
    public bool UpdateDocument(Guid documentId, NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy)
    {
        EnsureActive();
        var document = _documents.Find(d => d.Id == documentId);
        document?.Update(kind, number, date, title, fileReference, approvedBy);
        return document is not null;
    }

    /// <summary>False when the programme has no such item.</summary>
    public bool RemoveDocument(Guid documentId)
    {
        EnsureActive();
        return _documents.RemoveAll(i => i.Id == documentId) > 0;
    }

    public bool HasDocument(NormativeDocumentKind kind) => _documents.Exists(d => d.Kind == kind);

    public ProgrammePartner AddPartner(Guid organizationId, string? role)
    {
        EnsureActive();
        if (organizationId == OrganizationId)
        {
            throw new DomainException(ErrorCodes.Programme.PartnerIsOwner, "organizationId");
        }

        if (_partners.Exists(p => p.OrganizationId == organizationId))
        {
            throw new DomainConflictException(ErrorCodes.Programme.PartnerDuplicate, "organizationId");
        }

        var partner = new ProgrammePartner(Id, organizationId, role);
        _partners.Add(partner);
        return partner;
    }

    /// <summary>False when the organisation is not a partner of the programme.</summary>
    public bool RemovePartner(Guid organizationId)
    {
        EnsureActive();
        return _partners.RemoveAll(p => p.OrganizationId == organizationId) > 0;
    }

    /// <summary>Changes what the partner brings; false when the organisation is not a partner of the programme.</summary>
    public bool ChangePartnerRole(Guid organizationId, string? role)
    {
        EnsureActive();
        var partner = _partners.Find(p => p.OrganizationId == organizationId);
        partner?.ChangeRole(role);
        return partner is not null;
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
    /// The gate of the current stage: stage 1 looks at this aggregate alone, stages 2–6 at the facts about the
    /// candidates, banks and groups that <paramref name="progress"/> carries.
    /// </summary>
    public StageGate Gate(StageProgress progress) => Stage switch
    {
        ProgrammeStage.LaunchConditions => LaunchConditionsGate(),
        ProgrammeStage.MentorSelection => StageGate.Of(Stage, (StageGate.Items.TrainedAcceptedMentor, progress.HasTrainedAcceptedMentor)),
        ProgrammeStage.MentorBank => StageGate.Of(Stage, (StageGate.Items.Mentor, progress.HasActiveMentor)),
        ProgrammeStage.MenteeBank => StageGate.Of(Stage, (StageGate.Items.MenteeWithRequest, progress.HasMenteeWithRequest)),
        ProgrammeStage.OrganisationOfWork => StageGate.Of(Stage, (StageGate.Items.ActiveGroup, progress.ActiveGroups > 0), (StageGate.Items.PairsOrder, HasDocument(NormativeDocumentKind.PairsOrder))),
        _ => StageGate.Of(Stage, (StageGate.Items.NoActiveGroup, progress.ActiveGroups == 0)),
    };

    /// <summary>Moves to the next stage when the gate of the current stage holds; else refuses with the gate.</summary>
    public StageTransition Advance(StageProgress progress, DateTimeOffset at, string? by)
    {
        EnsureActive();
        if (Stage == ProgrammeStage.Completion)
        {
            throw new DomainConflictException(ErrorCodes.Stage.LastStage, "stage");
        }

        var gate = Gate(progress);
        if (!gate.IsOpen)
        {
            // Pairs confirmed but no order on them (приказ о закреплении пар): the refusal names the missing document.
            throw gate.Missing is [StageGate.Items.PairsOrder]
                ? new StageGateNotMetException(gate, ErrorCodes.Documents.PairsOrderMissing, (int)Stage)
                : new StageGateNotMetException(gate, ErrorCodes.Stage.GateNotMet, (int)Stage);
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
            throw new DomainConflictException(ErrorCodes.Stage.ReturnNotEarlier, "stage");
        }

        return MoveTo(stage, at, by, Guard.NotBlank(reason, "reason", StageTransition.ReasonMaxLength));
    }

    /// <summary>Closes the programme at the completion stage once no pair or group is still active (the gate of stage 6).</summary>
    public void Close(StageProgress progress, DateTimeOffset at)
    {
        EnsureReached(ProgrammeStage.Completion);
        var gate = Gate(progress);
        if (!gate.IsOpen)
        {
            throw new StageGateNotMetException(gate, ErrorCodes.Stage.GroupsStillActive, progress.ActiveGroups);
        }

        Status = ProgrammeStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>Registers a person as a mentor candidate (stage 2 on); a person is a candidate of a programme once.</summary>
    public MentorCandidate RegisterCandidate(Guid personId, bool alreadyCandidate)
    {
        EnsureReached(ProgrammeStage.MentorSelection);
        if (alreadyCandidate)
        {
            throw new DomainConflictException(ErrorCodes.Candidate.Duplicate, "personId");
        }

        return new MentorCandidate(Id, personId);
    }

    /// <summary>Enters an accepted candidate of this programme into the mentor bank (stage 3 on), once per person.</summary>
    public Mentor EnterMentor(MentorCandidate candidate, int capacity, MentorSource source, bool alreadyMentor, string? trainingExceptionReason = null)
    {
        EnsureReached(ProgrammeStage.MentorBank);
        if (alreadyMentor)
        {
            throw new DomainConflictException(ErrorCodes.Mentor.Duplicate, "candidateId");
        }

        return Mentor.FromCandidate(candidate, capacity, source, trainingExceptionReason);
    }

    /// <summary>Enters a person into the mentee bank (stage 4 on), once per person.</summary>
    public Mentee EnterMentee(Guid personId, MenteeDataChannel dataChannel, bool alreadyMentee)
    {
        EnsureReached(ProgrammeStage.MenteeBank);
        if (alreadyMentee)
        {
            throw new DomainConflictException(ErrorCodes.Mentee.Duplicate, "personId");
        }

        return new Mentee(Id, personId, dataChannel);
    }

    public void Publish(DateTimeOffset at)
    {
        if (IsPublished)
        {
            throw new DomainConflictException(ErrorCodes.Publication.ProgrammeAlreadyPublished);
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
            throw new DomainConflictException(ErrorCodes.Programme.Closed, "status");
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
            throw new DomainConflictException(ErrorCodes.Stage.NotReached, "stage", (int)Stage, (int)stage);
        }
    }

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
            throw new DomainException(ErrorCodes.Programme.EndsBeforeStart, "endYear");
        }

        StartYear = startYear;
        EndYear = endYear == startYear ? null : endYear;
    }
}
