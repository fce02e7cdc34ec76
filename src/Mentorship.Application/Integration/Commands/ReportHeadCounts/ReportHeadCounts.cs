using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Commands.UpsertPeople;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Integration.Commands.ReportHeadCounts;

/// <summary>A head-count report (контингент) of one organisation for one academic year, in a batch.</summary>
/// <param name="OrganizationId">The organisation (within the API key's scope).</param>
/// <param name="AcademicYear">Academic year (учебный год), such as "2024/2025".</param>
/// <param name="PupilsTotal">Pupils total (обучающихся всего); 0 or more.</param>
/// <param name="PupilsInAgeBand">Pupils of the region's age band (10–18 by default); 0 to pupilsTotal.</param>
/// <param name="AdditionalEducationPupils">
/// Children enrolled in additional-education programmes (дополнительное образование); 0 when omitted.
/// </param>
/// <param name="TeachersTotal">Teachers total (педагогов всего); 0 or more.</param>
/// <param name="TeachersUnder35">Teachers under 35 (педагоги до 35 лет); 0 to teachersTotal.</param>
/// <param name="YoungSpecialists">
/// Young specialists (молодые специалисты, under 3 years of experience); 0 to teachersTotal.
/// </param>
/// <param name="AdditionalEducationPupilsMentored">
/// Of the children enrolled in additional-education programmes, those who are mentees in any programme (whoever runs
/// it); 0 when omitted, at most additionalEducationPupils.
/// </param>
public sealed record HeadCountRow(
    Guid? OrganizationId,
    AcademicYear? AcademicYear,
    int? PupilsTotal,
    int? PupilsInAgeBand,
    int? AdditionalEducationPupils,
    int? TeachersTotal,
    int? TeachersUnder35,
    int? YoungSpecialists,
    int? AdditionalEducationPupilsMentored = null);

/// <summary>Head-counts are reports, never overwritten: each row adds the latest report of its organisation and year.</summary>
/// <param name="Items">The rows, 1 to 1000; all or nothing.</param>
[Authorize(Roles = Roles.IntegrationClient)]
public sealed record ReportHeadCountsCommand(IReadOnlyList<HeadCountRow>? Items) : IRequest<BatchResultDto>;

internal sealed class ReportHeadCountsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<ReportHeadCountsCommand, BatchResultDto>
{
    public async Task<BatchResultDto> Handle(ReportHeadCountsCommand request, CancellationToken cancellationToken)
    {
        var rows = request.Items!;
        var errors = new List<FieldError>();
        var visibleOrganizations = await Batch.VisibleOrganizationsAsync(db, rows.Select(r => r.OrganizationId!.Value), cancellationToken);
        var results = new List<BatchRowResultDto>();
        var now = time.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!visibleOrganizations.Contains(row.OrganizationId!.Value))
            {
                errors.Add(Batch.UnknownOrganization(i, row.OrganizationId));
                continue;
            }

            var figures = new HeadCountFigures(row.PupilsTotal!.Value, row.PupilsInAgeBand!.Value, row.AdditionalEducationPupils ?? 0,
                row.TeachersTotal!.Value, row.TeachersUnder35!.Value, row.YoungSpecialists!.Value, row.AdditionalEducationPupilsMentored ?? 0);

            // Reports of one batch are ordered by their row, so that a later row for the same year wins.
            var headCount = new HeadCount(row.OrganizationId.Value, row.AcademicYear!.Value, figures, HeadCountSource.Integration, now.AddTicks(i), user.Id);
            db.HeadCounts.Add(headCount);
            results.Add(new BatchRowResultDto(i, $"{row.OrganizationId}/{row.AcademicYear}", headCount.Id, RowOutcome.Created));
        }

        return await Batch.CommitAsync(db, errors, results, cancellationToken);
    }
}
