using System.Globalization;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Jobs;
using Mentorship.Application.Jobs.Queries.GetJob;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.StartMatchingRun;

/// <summary>
/// Asks for the programme's matching to be computed in the background, with the parameters of the synchronous query.
/// Answers with the job to poll: a new run, or the programme's run that is still queued or running (whatever its
/// parameters), since a programme has one active run at a time. A run with no sign of life for
/// <see cref="MatchingRunOptions.AbandonedAfter"/> is given up (failed) and a new one starts.
/// </summary>
/// <param name="Form">Only proposals in this form.</param>
/// <param name="MenteePersonId">Only proposals for this mentee.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record StartMatchingRunCommand(MentoringForm? Form = null, Guid? MenteePersonId = null) : IRequest<JobDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class StartMatchingRunHandler(IApplicationDbContext db, ICurrentUser user, IJobScheduler scheduler, TimeProvider time, IOptions<MatchingRunOptions> options)
    : IRequestHandler<StartMatchingRunCommand, JobDto>
{
    public async Task<JobDto> Handle(StartMatchingRunCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var year = programme.StartYear.StartYear;
        var now = time.GetUtcNow();

        var active = await db.MatchingRuns.SingleOrDefaultAsync(r => r.ActiveProgrammeId == programme.Id, cancellationToken);
        if (active is not null && !active.IsAbandoned(now, options.Value.AbandonedAfter))
        {
            return JobReads.ToDto(active, year);
        }

        active?.Fail(ErrorCodes.MatchingRun.Abandoned, Catalogue.InCulture(CultureInfo.GetCultureInfo(active.Language), () => Catalogue.Error(ErrorCodes.MatchingRun.Abandoned)), now);
        var run = new MatchingRun(programme.Id, request.Form, request.MenteePersonId, Catalogue.IsEnglish ? "en" : "ru", user.Id, now);
        db.MatchingRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is ConflictException { Code: ErrorCodes.Persistence.RecordExists } or PreconditionFailedException)
        {
            // Another request started a run (or gave up the same dead one) at the same moment: the database kept one, answer it.
            db.ChangeTracker.Clear();
            var winner = await db.MatchingRuns.AsNoTracking().SingleOrDefaultAsync(r => r.ActiveProgrammeId == programme.Id, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return JobReads.ToDto(winner, year);
        }

        // After the commit, so that the job never starts for a run that was not written.
        scheduler.EnqueueMatchingRun(run.Id);
        return JobReads.ToDto(run, year);
    }
}
