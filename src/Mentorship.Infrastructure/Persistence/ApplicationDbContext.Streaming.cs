using Mentorship.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>Whether this context's queries stream their rows (exports) rather than being buffered for retries.</summary>
public abstract partial class ApplicationDbContext : IStreamingReads
{
    public bool StreamsResults { get; private set; }

    /// <summary>
    /// EF decides whether its queries buffer from the execution strategy once per context, when the context's query
    /// services are first built (by its first query); they are built here if they were not, with the strategy no longer
    /// retrying. A context that has already queried would still buffer: that is refused, so it shows in any test
    /// rather than as an export holding every row (as one did after checking the region's scope first).
    /// </summary>
    public void StreamResults()
    {
        StreamsResults = true;
        if (this.GetService<CompiledQueryCacheKeyGeneratorDependencies>().IsRetryingExecutionStrategy
            || this.GetService<QueryCompilationContextDependencies>().IsRetryingExecutionStrategy)
        {
            throw new InvalidOperationException("Results can be streamed only from a context that has not queried yet: call StreamResults before its first query.");
        }
    }
}
