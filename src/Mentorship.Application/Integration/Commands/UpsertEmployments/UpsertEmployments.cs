using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.UpsertEmployments;

/// <summary>
/// A teacher's employment in a batch, found by the person's external id, organisation and date of hire.
/// </summary>
/// <param name="PersonExternalId">The teacher's id in the calling school system (a person pushed before).</param>
/// <param name="OrganizationId">The employing organisation (within the API key's scope).</param>
/// <param name="HiredAt">Date of hire; with the person and organisation it identifies the employment.</param>
/// <param name="LeftAt">Date the teacher left; null while employed.</param>
/// <param name="ExperienceYearsAtHire">Pedagogical experience at hire, in years (0–70).</param>
/// <param name="IsYoungSpecialist">
/// Young specialist (молодой специалист); when omitted, true if the experience at hire is under 3 years.
/// </param>
public sealed record EmploymentRow(string? PersonExternalId, Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist);

/// <summary>
/// Employments of teachers pushed by a school information system (criterion 4), created or updated, all or nothing.
/// </summary>
/// <param name="Items">The rows, 1 to 1000.</param>
[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertEmploymentsCommand(IReadOnlyList<EmploymentRow>? Items) : IRequest<BatchResultDto>;

internal sealed class UpsertEmploymentsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertEmploymentsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertEmploymentsCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new List<FieldError>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var externalIds = rows.Select(r => r.PersonExternalId!).Distinct().ToList();
        var people = (await db.People.Include(p => p.ExternalIds.Where(l => l.ClientId == clientId))
                .Where(p => p.ExternalIds.Any(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId)))
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.ExternalIds.Single().ExternalId);
        var personIds = people.Values.Select(p => p.Id).ToList();
        var existing = await db.Employments.Where(e => personIds.Contains(e.PersonId)).ToListAsync(cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!people.TryGetValue(row.PersonExternalId!, out var person))
            {
                errors.Add(Batch.RowError(i, "personExternalId", ErrorCodes.Integration.UnknownExternalId, row.PersonExternalId));
                continue;
            }

            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors.Add(Batch.UnknownOrganization(i, row.OrganizationId));
                continue;
            }

            try
            {
                var employment = existing.Find(e => e.PersonId == person.Id && e.OrganizationId == row.OrganizationId && e.HiredAt == row.HiredAt);
                var outcome = RowOutcome.Updated;
                if (employment is null)
                {
                    employment = person.RecordEmployment(row.OrganizationId.Value, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist);
                    db.Employments.Add(employment);
                    existing.Add(employment);
                    outcome = RowOutcome.Created;
                }
                else
                {
                    person.CorrectEmployment(employment, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist ?? employment.IsYoungSpecialist);
                }

                if (row.LeftAt is { } leftAt && employment.LeftAt != leftAt)
                {
                    person.EndEmployment(employment, leftAt);
                }

                results.Add(new BatchRowResultDto(i, row.PersonExternalId!, employment.Id, outcome));
            }
            catch (DomainException refusal)
            {
                // The person is named by the client's external id in a batch.
                errors.Add(Batch.RowError(i, refusal, refusal.Field switch { null => "hiredAt", "personId" => "personExternalId", var field => field }));
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
