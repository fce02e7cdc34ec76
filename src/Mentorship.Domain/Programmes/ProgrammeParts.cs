using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Role in the programme's organising team: Curator — куратор программы; TeamMember — member of the organising team
/// (организационная команда).
/// </summary>
public enum TeamRole
{
    /// <summary>Куратор программы.</summary>
    Curator = 1,

    /// <summary>Member of the organising team (организационная команда).</summary>
    TeamMember,
}

/// <summary>
/// Kind of document (нормативный документ). Of an organisation or a programme: IntroductionOrder — приказ о внедрении
/// целевой модели наставничества; PedagogicalCouncilMinutes — протокол педагогического совета; ImplementationPlan — план
/// (дорожная карта) реализации; Regulation — положение о наставничестве; CuratorOrder — приказ о назначении куратора;
/// PairsOrder — приказ о закреплении наставнических пар/групп; MentorsOrder — приказ о назначении наставников;
/// ApprovalOrder — приказ об утверждении (программы, плана, положения); FinalEventOrder — приказ о проведении итогового
/// мероприятия. Of a municipality: MunicipalProgramme — муниципальная программа наставничества; MunicipalRegulation —
/// муниципальное положение о наставничестве; MunicipalCoordinatorOrder — приказ о назначении муниципального
/// координатора (куратора); RoadmapOrder — приказ об утверждении дорожной карты. At every level: Other — иной документ,
/// with a title.
/// </summary>
public enum NormativeDocumentKind
{
    /// <summary>Приказ о внедрении целевой модели наставничества.</summary>
    IntroductionOrder = 1,

    /// <summary>Протокол педагогического совета.</summary>
    PedagogicalCouncilMinutes,

    /// <summary>План (дорожная карта) реализации.</summary>
    ImplementationPlan,

    /// <summary>Положение о наставничестве.</summary>
    Regulation,

    /// <summary>Приказ о назначении куратора.</summary>
    CuratorOrder,

    /// <summary>Приказ о закреплении наставнических пар/групп.</summary>
    PairsOrder,

    /// <summary>Приказ о назначении наставников.</summary>
    MentorsOrder,

    /// <summary>Приказ об утверждении (программы, плана, положения).</summary>
    ApprovalOrder,

    /// <summary>Приказ о проведении итогового мероприятия.</summary>
    FinalEventOrder,

    /// <summary>Иной документ (с названием).</summary>
    Other,

    /// <summary>Муниципальная программа наставничества.</summary>
    MunicipalProgramme,

    /// <summary>Муниципальное положение о наставничестве.</summary>
    MunicipalRegulation,

    /// <summary>Приказ о назначении муниципального координатора (куратора).</summary>
    MunicipalCoordinatorOrder,

    /// <summary>Приказ об утверждении дорожной карты.</summary>
    RoadmapOrder,
}

/// <summary>A mentoring form the programme uses.</summary>
public class ProgrammeForm : BaseEntity
{
    private ProgrammeForm()
    {
    }

    internal ProgrammeForm(Guid programmeId, MentoringForm form)
    {
        ProgrammeId = programmeId;
        Form = form;
    }

    public Guid ProgrammeId { get; private set; }

    public MentoringForm Form { get; private set; }
}

/// <summary>A mentoring format the programme uses.</summary>
public class ProgrammeFormat : BaseEntity
{
    private ProgrammeFormat()
    {
    }

    internal ProgrammeFormat(Guid programmeId, MentoringFormat format)
    {
        ProgrammeId = programmeId;
        Format = format;
    }

    public Guid ProgrammeId { get; private set; }

    public MentoringFormat Format { get; private set; }
}

/// <summary>The curator or a member of the organising team: a registered person, or just a name.</summary>
public class TeamMember : BaseEntity
{
    public const int FullNameMaxLength = 300;
    public const int PositionMaxLength = TextLengths.Label;

    private TeamMember()
    {
    }

    internal TeamMember(Guid programmeId, TeamRole role, Guid? personId, string? fullName, string? position)
    {
        ProgrammeId = programmeId;
        Role = role;
        PersonId = personId;
        FullName = Guard.Optional(fullName, "fullName", FullNameMaxLength);
        if (PersonId is null && FullName is null)
        {
            throw new DomainException(ErrorCodes.Programme.TeamMemberUnnamed, "fullName");
        }

        Position = Guard.Optional(position, "position", PositionMaxLength);
    }

    public Guid ProgrammeId { get; private set; }

    public TeamRole Role { get; private set; }

    public Guid? PersonId { get; private set; }

    public Person? Person { get; private set; }

    public string? FullName { get; private set; }

    /// <summary>E.g. deputy head for educational work (заместитель директора по ВР).</summary>
    public string? Position { get; private set; }
}

/// <summary>A task of the programme with its expected result (задачи и ожидаемые результаты).</summary>
public class ProgrammeTask : BaseEntity
{
    private ProgrammeTask()
    {
        Text = null!;
    }

    internal ProgrammeTask(Guid programmeId, string text, string? expectedResult)
    {
        ProgrammeId = programmeId;
        Text = Guard.NotBlank(text, "text", TextLengths.Paragraph);
        ExpectedResult = Guard.Optional(expectedResult, "expectedResult", TextLengths.Paragraph);
    }

    public Guid ProgrammeId { get; private set; }

    public string Text { get; private set; }

    public string? ExpectedResult { get; private set; }
}

/// <summary>A document of the programme (order, minutes, plan, regulation…).</summary>
public class NormativeDocument : DocumentRecord
{
    private NormativeDocument()
    {
    }

    internal NormativeDocument(Guid programmeId, NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy)
    {
        ProgrammeId = programmeId;
        Set(DocumentLevel.Programme, kind, number, date, title, fileReference, approvedBy);
    }

    public Guid ProgrammeId { get; private set; }

    internal void Update(NormativeDocumentKind kind, string? number, DateOnly date, string? title, string? fileReference, string? approvedBy) =>
        Set(DocumentLevel.Programme, kind, number, date, title, fileReference, approvedBy);
}

/// <summary>A move of the programme between stages, kept as its history.</summary>
public class StageTransition : BaseEntity
{
    public const int ReasonMaxLength = TextLengths.Paragraph;

    private StageTransition()
    {
    }

    internal StageTransition(Guid programmeId, ProgrammeStage from, ProgrammeStage to, DateTimeOffset at, string? by, string? reason)
    {
        ProgrammeId = programmeId;
        From = from;
        To = to;
        At = at;
        By = Guard.Optional(by, "by", TextLengths.Label);
        Reason = reason;
    }

    public Guid ProgrammeId { get; private set; }

    public ProgrammeStage From { get; private set; }

    public ProgrammeStage To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user who moved the programme.</summary>
    public string? By { get; private set; }

    /// <summary>Required when going back.</summary>
    public string? Reason { get; private set; }

    public bool IsReturn => To < From;
}

/// <summary>A partner organisation of the programme (employer, NGO, college, another school of the network).</summary>
public class ProgrammePartner : BaseEntity
{
    private ProgrammePartner()
    {
    }

    internal ProgrammePartner(Guid programmeId, Guid organizationId, string? role)
    {
        ProgrammeId = programmeId;
        OrganizationId = Check.NotEmpty(organizationId, "organizationId");
        Role = Guard.Optional(role, "role", TextLengths.Title);
    }

    public Guid ProgrammeId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    /// <summary>What the partner brings, in the curator's words.</summary>
    public string? Role { get; private set; }

    internal void ChangeRole(string? role) => Role = Guard.Optional(role, "role", TextLengths.Title);
}
