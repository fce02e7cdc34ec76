using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.People.Commands.AddEmployment;

/// <summary>A teacher's employment at an organisation; the young-specialist flag defaults from the experience at hire (under 3 years).</summary>
/// <param name="OrganizationId">The organisation that employs the teacher.</param>
/// <param name="HiredAt">Date of hire.</param>
/// <param name="LeftAt">Date the teacher left; null while employed; not before the date of hire.</param>
/// <param name="ExperienceYearsAtHire">Pedagogical experience at hire, in years (0–70, fractions allowed).</param>
/// <param name="IsYoungSpecialist">
/// Young specialist (молодой специалист); when omitted, true if the experience at hire is under 3 years.
/// </param>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record AddEmploymentCommand(Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist) : IRequest<EmploymentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }
}

internal sealed class AddEmploymentHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddEmploymentCommand, EmploymentDto>
{
    public async Task<EmploymentDto> Handle(AddEmploymentCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        await PersonReads.EnsureOrganizationInScopeAsync(db, request.OrganizationId!.Value, cancellationToken);
        var employment = person.RecordEmployment(request.OrganizationId.Value, request.HiredAt!.Value, request.ExperienceYearsAtHire!.Value, request.IsYoungSpecialist, request.LeftAt);
        db.Employments.Add(employment);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<EmploymentDto>(employment);
    }
}
