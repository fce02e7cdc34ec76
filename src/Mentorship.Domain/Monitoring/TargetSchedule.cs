namespace Mentorship.Domain.Monitoring;

/// <summary>
/// The federal target schedules of the coverage indicators (DESIGN.md §2; the passports of the regional projects
/// «Современная школа», «Успех каждого ребёнка», «Учитель будущего»). Shares in percent; the contest indicator in
/// participants per municipality. A region may override any of them; a year outside a schedule has no target.
/// </summary>
public static class TargetSchedule
{
    private static readonly Dictionary<Indicator, Dictionary<int, decimal>> Federal = new()
    {
        [Indicator.PupilsMentored] = new() { [2019] = 3m, [2020] = 10m, [2021] = 20m, [2022] = 35m, [2023] = 50m, [2024] = 70m },
        [Indicator.YoungTeachersMentored] = new() { [2021] = 70m, [2022] = 70m, [2023] = 70m, [2024] = 70m },
        [Indicator.AdditionalEducationPupilsMentored] = new() { [2024] = 70m },
        [Indicator.OrganizationsWithProgramme] = new() { [2021] = 40m, [2022] = 60m, [2023] = 80m, [2024] = 100m },
        [Indicator.OrganizationsWithTrainedStaff] = new() { [2024] = 70m },
        [Indicator.MentorshipContestParticipants] = new() { [2021] = 1m, [2022] = 2m, [2023] = 2m, [2024] = 2m },
    };

    /// <summary>Every federal default: indicator, year, value.</summary>
    public static IEnumerable<(Indicator Indicator, int Year, decimal Value)> FederalDefaults =>
        Federal.SelectMany(s => s.Value.Select(y => (s.Key, y.Key, y.Value)));

    public static decimal? FederalDefault(Indicator indicator, int year) =>
        Federal.TryGetValue(indicator, out var schedule) && schedule.TryGetValue(year, out var value) ? value : null;
}
