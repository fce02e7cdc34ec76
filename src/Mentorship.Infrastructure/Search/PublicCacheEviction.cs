using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence.Interceptors;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.Infrastructure.Search;

/// <summary>
/// Evicts the server's cache of public responses (output cache, tag <see cref="Tag"/>) when a save changes what the
/// open information resource shows: a programme (published, unpublished, retitled, its forms, formats, tasks or
/// partners, documents, curator, its page for parents and the curator's published contact), an organisation, a territory, a success case (best practice) or an indicator snapshot. The eviction
/// waits for the commit of the transaction open on the context, so that no request can cache the old state in between.
/// The cache is per instance: another instance's copy lives until it expires (<c>Public:OutputCacheSeconds</c>).
/// </summary>
public sealed class PublicCacheEviction(AfterCommitInterceptor afterCommit, IOutputCacheStore? store = null) : SaveChangesInterceptor
{
    public const string Tag = "public";

    private static readonly HashSet<Type> Shown =
    [
        typeof(Programme), typeof(ProgrammeForm), typeof(ProgrammeFormat), typeof(ProgrammeTask), typeof(ProgrammePartner),
        typeof(SuccessCase), typeof(Organization), typeof(Municipality), typeof(Region), typeof(IndicatorSnapshot),
        typeof(ProgrammePublicPage), typeof(NormativeDocument), typeof(TeamMember),
    ];

    private bool _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Due(eventData.Context) is { } context)
        {
            afterCommit.Run(context, () => AfterCommitInterceptor.Observe(store!.EvictByTagAsync(Tag, CancellationToken.None)));
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Due(eventData.Context) is { } context)
        {
            await afterCommit.RunAsync(context, ct => store!.EvictByTagAsync(Tag, ct), cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Rows written past the change tracker (<see cref="Persistence.BulkInserts"/>): evicted as a save of them would be.</summary>
    public ValueTask WrittenAsync(DbContext context, Type written, CancellationToken cancellationToken) =>
        store is not null && Shown.Contains(written)
            ? afterCommit.RunAsync(context, ct => store.EvictByTagAsync(Tag, ct), cancellationToken)
            : ValueTask.CompletedTask;

    private void Note(DbContext? context)
    {
        if (store is null || context is null)
        {
            return;
        }

        _pending |= context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Shown.Contains(e.Metadata.ClrType));
    }

    /// <summary>The context whose save changed something shown, once per save; null when nothing shown changed.</summary>
    private DbContext? Due(DbContext? context)
    {
        if (!_pending || store is null || context is null)
        {
            return null;
        }

        _pending = false;
        return context;
    }
}
