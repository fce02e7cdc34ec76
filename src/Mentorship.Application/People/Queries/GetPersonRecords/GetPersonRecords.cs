using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.People.Queries.GetPersonRecords;

[Authorize(Roles = PeopleRoles.Readers)]
public sealed record GetPersonRecordsQuery(Guid PersonId) : IRequest<PersonRecordsDto>, Auditing.IPersonalDataRead
{
    Guid? Auditing.IPersonalDataRead.AuditedPersonId => PersonId;
}

internal sealed class GetPersonRecordsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetPersonRecordsQuery, PersonRecordsDto>
{
    public async Task<PersonRecordsDto> Handle(GetPersonRecordsQuery request, CancellationToken cancellationToken)
    {
        var person = await PersonReads.PersonAsync(db.People.AsNoTracking(), request.PersonId, cancellationToken);
        if (person.IsAnonymised)
        {
            // An erased person's activity records are not shown either.
            throw new ConflictException(ErrorCodes.Person.Erased);
        }

        var config = mapper.ConfigurationProvider;
        return new PersonRecordsDto(
            await db.Employments.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.HiredAt).ProjectTo<EmploymentDto>(config).ToListAsync(cancellationToken),
            await db.ContestParticipations.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.Year).ProjectTo<ContestParticipationDto>(config).ToListAsync(cancellationToken),
            await db.Publications.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.Date).ProjectTo<PublicationDto>(config).ToListAsync(cancellationToken),
            await db.Trainings.AsNoTracking().Where(e => e.PersonId == person.Id).OrderByDescending(e => e.CompletedAt).ProjectTo<TrainingDto>(config).ToListAsync(cancellationToken));
    }
}
