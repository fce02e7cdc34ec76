using Mentorship.Application.Common.Interfaces;

namespace Mentorship.Infrastructure.Persistence;

/// <summary>Whether this context's queries stream their rows (exports) rather than being buffered for retries.</summary>
public abstract partial class ApplicationDbContext : IStreamingReads
{
    public bool StreamsResults { get; private set; }

    public void StreamResults() => StreamsResults = true;
}
