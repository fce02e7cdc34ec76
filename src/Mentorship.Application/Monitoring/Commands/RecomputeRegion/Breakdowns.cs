using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>The breakdown keys of the count indicators.</summary>
public static class Breakdowns
{
    public const string Rural = "rural";
    public const string HardToReach = "hardToReach";

    public static string Form(MentoringForm form) => $"form:{form}";

    public static string Format(MentoringFormat format) => $"format:{format}";
}
