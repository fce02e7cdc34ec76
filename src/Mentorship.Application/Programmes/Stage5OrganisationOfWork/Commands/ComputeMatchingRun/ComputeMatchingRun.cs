using System.Globalization;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Matching;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.ComputeMatchingRun;

/// <summary>What became of a run when a worker came for it.</summary>
public enum MatchingRunOutcome
{
    /// <summary>Computed and stored.</summary>
    Succeeded = 1,

    /// <summary>Refused (e.g. the programme went back before stage 5) or failed: the run shows the code.</summary>
    Failed,

    /// <summary>Nothing to do: the run has ended, or a live worker holds it.</summary>
    Skipped,
}

/// <summary>
/// Computes a matching run, as the background job does (as the system): the banks, the assignment form by form and the
/// stored result, writing the phase and percentage as it goes so that <c>/jobs/{id}</c> shows them. The result is
/// written in one save with the run's success, so a run never shows part of a result. The reasons are written in the
/// language the run was requested in. A failure ends the run with its code (a refusal's own, else
/// <c>matching_run.failed</c>) and clears the programme for the next run; an unexpected error is then thrown again.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ComputeMatchingRunCommand(Guid RunId) : IRequest<MatchingRunOutcome>;

internal sealed class ComputeMatchingRunHandler(
    IApplicationDbContext db, MatchingEngine engine, TimeProvider time, IOptions<MatchingOptions> matching, IOptions<MatchingRunOptions> runs)
    : IRequestHandler<ComputeMatchingRunCommand, MatchingRunOutcome>
{
    public async Task<MatchingRunOutcome> Handle(ComputeMatchingRunCommand request, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.SingleOrDefaultAsync(r => r.Id == request.RunId, cancellationToken)
            ?? throw new InvalidOperationException($"Matching run {request.RunId} does not exist.");
        if (!run.Start(time.GetUtcNow(), runs.Value.AbandonedAfter) || !await SavedAsync(cancellationToken))
        {
            return MatchingRunOutcome.Skipped;
        }

        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(run.Language);
        try
        {
            await ComputeAsync(run, cancellationToken);
            return MatchingRunOutcome.Succeeded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not PreconditionFailedException)
        {
            var (code, message) = ex switch
            {
                DomainException refusal => (refusal.Code, Catalogue.Error(refusal.Code, refusal.Arguments)),
                NotFoundException missing => (missing.Code, Catalogue.Error(missing.Code, [Catalogue.Entity(missing.Entity), missing.Key])),
                _ => (ErrorCodes.MatchingRun.Failed, Catalogue.Error(ErrorCodes.MatchingRun.Failed)),
            };
            db.ChangeTracker.Clear();
            var failed = await db.MatchingRuns.SingleAsync(r => r.Id == request.RunId, CancellationToken.None);
            failed.Fail(code, message, time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            if (ex is DomainException or NotFoundException)
            {
                return MatchingRunOutcome.Failed;
            }

            throw;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    private async Task ComputeAsync(MatchingRun run, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(run.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var bank = await MatchingBank.LoadAsync(db, programme.Id, run.MenteePersonId, time.GetUtcNow(), cancellationToken);
        var forms = MatchingProposals.FormsOf(programme, run.Form);
        run.Loaded(bank.Mentors.Count, bank.Mentees.Count, forms.Count, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var result = await MatchingProposals.ComputeAsync(forms, bank, engine, matching.Value.CandidatesPerMentee, async () =>
        {
            run.FormSolved(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        });

        run.Storing(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        run.Succeed(MatchingRunResult.Serialize(result), result.Proposals.Count, result.Unmatched.Count, result.TotalScore, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>False when another worker (or a request giving the run up) changed the run since it was read.</summary>
    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (PreconditionFailedException)
        {
            return false;
        }
    }
}
