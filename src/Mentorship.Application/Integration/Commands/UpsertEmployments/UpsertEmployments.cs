using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.UpsertEmployments;

public sealed record EmploymentRow(string? PersonExternalId, Guid? OrganizationId, DateOnly? HiredAt, DateOnly? LeftAt, decimal? ExperienceYearsAtHire, bool? IsYoungSpecialist);

[Authorize(Roles = Roles.IntegrationClient)]
public sealed record UpsertEmploymentsCommand(IReadOnlyList<EmploymentRow>? Items) : IRequest<BatchResultDto>;

internal sealed class UpsertEmploymentsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpsertEmploymentsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(UpsertEmploymentsCommand request, CancellationToken cancellationToken)
    {
        var clientId = Batch.ClientId(user);
        var rows = request.Items!;
        var errors = new Dictionary<string, string[]>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var externalIds = rows.Select(r => r.PersonExternalId!).Distinct().ToList();
        var people = await db.People.Where(p => p.ExternalIds.Any(l => l.ClientId == clientId && externalIds.Contains(l.ExternalId)))
            .Select(p => new { p.Id, p.Category, ExternalId = p.ExternalIds.Where(l => l.ClientId == clientId).Select(l => l.ExternalId).First() })
            .ToDictionaryAsync(p => p.ExternalId, cancellationToken);
        var personIds = people.Values.Select(p => p.Id).ToList();
        var existing = await db.Employments.Where(e => personIds.Contains(e.PersonId)).ToListAsync(cancellationToken);

        var results = new List<BatchRowResultDto>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!people.TryGetValue(row.PersonExternalId!, out var person))
            {
                errors[$"items[{i}].personExternalId"] = [Texts.Pick("Человек с этим внешним идентификатором не найден.", "No person has this external id.")];
                continue;
            }

            if (person.Category != PersonCategory.Teacher)
            {
                errors[$"items[{i}].personExternalId"] = [Texts.Pick("Сведения о трудоустройстве ведутся для педагогов.", "Employment is kept for teachers.")];
                continue;
            }

            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors[$"items[{i}].organizationId"] = [Texts.NotFound(nameof(Organization), row.OrganizationId)];
                continue;
            }

            try
            {
                var employment = existing.Find(e => e.PersonId == person.Id && e.OrganizationId == row.OrganizationId && e.HiredAt == row.HiredAt);
                var outcome = RowOutcome.Updated;
                if (employment is null)
                {
                    employment = new Employment(person.Id, row.OrganizationId.Value, row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist);
                    db.Employments.Add(employment);
                    existing.Add(employment);
                    outcome = RowOutcome.Created;
                }
                else
                {
                    employment.Correct(row.HiredAt!.Value, row.ExperienceYearsAtHire!.Value, row.IsYoungSpecialist ?? employment.IsYoungSpecialist);
                }

                if (row.LeftAt is { } leftAt && employment.LeftAt != leftAt)
                {
                    employment.End(leftAt);
                }

                results.Add(new BatchRowResultDto(i, row.PersonExternalId!, employment.Id, outcome));
            }
            catch (DomainException refusal)
            {
                errors[$"items[{i}].{refusal.Field ?? "hiredAt"}"] = [refusal.Message];
            }
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
