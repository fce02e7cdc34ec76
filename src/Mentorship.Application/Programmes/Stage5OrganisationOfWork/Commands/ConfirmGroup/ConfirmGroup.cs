using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetGroup;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ConfirmGroup;

/// <summary>A member of a pair or group being confirmed: the person and their side.</summary>
/// <param name="PersonId">The person; each person once per group.</param>
/// <param name="Role">Mentor (наставник) or mentee (наставляемый).</param>
public sealed record GroupMemberInput(Guid? PersonId, GroupRole? Role);

/// <summary>The curator confirms a pair or group (a proposal, or one of their own): form, format and members.</summary>
/// <param name="Form">
/// Form of mentorship (форма наставничества): it must allow the members' categories on each side.
/// </param>
/// <param name="Format">Format of mentorship (формат наставничества).</param>
/// <param name="Name">A name for a group, such as a «круг наставничества»; optional, up to 200 characters.</param>
/// <param name="StartedAt">Date the pair or group starts; today when omitted.</param>
/// <param name="Members">
/// The members: at least one mentor and one mentee, each with an active consent; mentors need free capacity. A mentor
/// may come from the programme's mentor bank or, in the network format, from the municipal bank of mentors of the
/// programme's municipality (whose capacity counts over every programme).
/// </param>
/// <param name="TeacherElement">
/// Element of the teacher model the pair works in (адаптация, обучение, сопровождение): required for the
/// teacher–teacher form, refused for the others.
/// </param>
/// <param name="Deficit">
/// The professional deficit a teacher–teacher pair addresses, as a tag (up to 100 characters), e.g. "оценивание";
/// required for that form, refused for the others.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record ConfirmGroupCommand(
    MentoringForm? Form, MentoringFormat? Format, string? Name, DateOnly? StartedAt, IReadOnlyList<GroupMemberInput>? Members,
    TeacherModelElement? TeacherElement = null, string? Deficit = null) : IRequest<GroupDto>, ITransactionalCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class ConfirmGroupHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<ConfirmGroupCommand, GroupDto>
{
    public async Task<GroupDto> Handle(ConfirmGroupCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var members = request.Members!.Select((m, i) => new GroupMemberChoice(m.PersonId!.Value, m.Role!.Value, $"members[{i}].personId")).ToList();
        var confirmation = await GroupReads.ConfirmationAsync(db, programme, request.Form!.Value, members.ConvertAll(m => m.PersonId), null, cancellationToken);
        var now = time.GetUtcNow();
        var group = confirmation.Confirm(request.Form!.Value, request.Format!.Value, request.Name, request.StartedAt ?? DateOnly.FromDateTime(now.UtcDateTime), members, now);
        group.SetTeacherModel(request.TeacherElement, request.Deficit);
        db.MentoringGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return await GroupReads.DtoAsync(db, mapper, group.Id, cancellationToken);
    }
}
