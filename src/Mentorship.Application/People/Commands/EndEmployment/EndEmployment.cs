using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Commands.EndEmployment;

/// <summary>The date a teacher left an organisation.</summary>
/// <param name="LeftAt">Date the teacher left.</param>
[Authorize(Roles = PeopleRoles.Keepers)]
public sealed record EndEmploymentCommand(DateOnly? LeftAt) : IRequest<EmploymentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid EmploymentId { get; init; }
}

internal sealed class EndEmploymentHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<EndEmploymentCommand, EmploymentDto>
{
    public async Task<EmploymentDto> Handle(EndEmploymentCommand request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People, request.PersonId, cancellationToken);
        var employment = await db.Employments.SingleOrDefaultAsync(e => e.Id == request.EmploymentId && e.PersonId == person.Id, cancellationToken)
                         ?? throw new NotFoundException(nameof(Employment), request.EmploymentId);
        person.EndEmployment(employment, request.LeftAt!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<EmploymentDto>(employment);
    }
}
