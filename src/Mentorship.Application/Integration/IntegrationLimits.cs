namespace Mentorship.Application.Integration;

/// <summary>
/// Bulk upserts from school information systems, keyed by the client's own external ids. A batch is
/// all-or-nothing: every row is checked first, any bad row refuses the whole batch with a per-row report
/// (<c>items[3].lastName</c>), and the good batch is written in one save.
/// </summary>
public static class IntegrationLimits
{
    public const int MaxBatchSize = 1000;
}
