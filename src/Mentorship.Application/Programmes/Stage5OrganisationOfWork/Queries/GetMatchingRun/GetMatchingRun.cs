using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetMatchingRun;

/// <summary>A matching run of the programme, with its result once it succeeded.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetMatchingRunQuery(Guid ProgrammeId, Guid RunId) : IRequest<MatchingRunDto>;

internal sealed class GetMatchingRunHandler(IApplicationDbContext db) : IRequestHandler<GetMatchingRunQuery, MatchingRunDto>
{
    public async Task<MatchingRunDto> Handle(GetMatchingRunQuery request, CancellationToken cancellationToken)
    {
        // The programmes' scope filter decides who sees the programme, and so its runs.
        if (!await db.Programmes.AnyAsync(p => p.Id == request.ProgrammeId, cancellationToken))
        {
            throw new NotFoundException(nameof(Programme), request.ProgrammeId);
        }

        var run = await db.MatchingRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RunId && r.ProgrammeId == request.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException(nameof(MatchingRun), request.RunId);
        var result = run.Result is { } json ? await MatchingRunResult.ReadAsync(db, json, cancellationToken) : null;
        return new MatchingRunDto(run.Id, run.ProgrammeId, run.Form, run.MenteePersonId, run.Status, run.Phase, run.Percent, run.Language, run.RequestedBy,
            run.RequestedAt, run.StartedAt, run.FinishedAt, run.ErrorCode, run.Error, result?.Proposals, result?.Unmatched, result?.TotalScore);
    }
}
