namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>Configuration of matching runs (section <c>Matching:Runs</c>).</summary>
public sealed class MatchingRunOptions
{
    public const string Section = "Matching:Runs";

    /// <summary>
    /// A run with no sign of life for this long is given up by the next request for the programme (its worker died, or
    /// its job was lost with an in-memory job storage). A run writes its progress at every phase and form; a regional
    /// instance (5 000 mentors × 50 000 mentees) takes seconds, so the default leaves a wide margin.
    /// </summary>
    public int AbandonedAfterMinutes { get; set; } = 30;

    public TimeSpan AbandonedAfter => TimeSpan.FromMinutes(Math.Max(1, AbandonedAfterMinutes));
}
