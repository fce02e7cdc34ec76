using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.People.Commands.AddEmployment;

/// <summary>A teacher's employment at an organisation; the young-specialist flag defaults from the experience at hire (under 3 years).</summary>
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
