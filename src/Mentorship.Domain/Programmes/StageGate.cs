using Mentorship.Domain.Common;

namespace Mentorship.Domain.Programmes;

/// <summary>A stage's checklist: what is missing before the programme may move to the next stage.</summary>
public sealed record StageGate(ProgrammeStage Stage, IReadOnlyList<string> Missing)
{
    public bool IsOpen => Missing.Count == 0;

    /// <summary>Codes of checklist items, stable for API clients.</summary>
    public static class Items
    {
        public const string Form = "form";
        public const string Curator = "curator";
        public const string Task = "task";
        public const string IntroductionOrder = "introductionOrder";
        public const string Regulation = "regulation";
        public const string CuratorOrder = "curatorOrder";
        public const string TrainedAcceptedMentor = "trainedAcceptedMentor";
        public const string Mentor = "mentor";
        public const string MenteeWithRequest = "menteeWithRequest";
        public const string ActiveGroup = "activeGroup";
        public const string PairsOrder = "pairsOrder";
        public const string NoActiveGroup = "noActiveGroup";
    }

    /// <summary>Every item of a stage's checklist, in the order the stage's work goes.</summary>
    public static IReadOnlyList<string> ItemsOf(ProgrammeStage stage) => stage switch
    {
        ProgrammeStage.LaunchConditions => [Items.Form, Items.Curator, Items.Task, Items.IntroductionOrder, Items.Regulation, Items.CuratorOrder],
        ProgrammeStage.MentorSelection => [Items.TrainedAcceptedMentor],
        ProgrammeStage.MentorBank => [Items.Mentor],
        ProgrammeStage.MenteeBank => [Items.MenteeWithRequest],
        ProgrammeStage.OrganisationOfWork => [Items.ActiveGroup, Items.PairsOrder],
        ProgrammeStage.Completion => [Items.NoActiveGroup],
        _ => [],
    };

    /// <summary>The gate of a stage from whether each of its items holds.</summary>
    public static StageGate Of(ProgrammeStage stage, params (string Item, bool Met)[] items) =>
        new(stage, items.Where(i => !i.Met).Select(i => i.Item).ToList());
}

/// <summary>
/// What the gates of stages 2–6 read from other aggregates, loaded by the caller (as counts and flags computed in
/// the database): a trained accepted candidate (stage 2), an active mentor (stage 3), an active mentee with a request
/// (stage 4), the pairs and groups still active (stages 5 and 6).
/// </summary>
public sealed record StageProgress(bool HasTrainedAcceptedMentor, bool HasActiveMentor, bool HasMenteeWithRequest, int ActiveGroups)
{
    /// <summary>Nothing done beyond the programme itself: what stage 1 needs, whose gate reads the programme alone.</summary>
    public static StageProgress None { get; } = new(false, false, false, 0);
}

/// <summary>The gate of the programme's stage does not hold; <see cref="Gate"/> says which checklist items are missing.</summary>
public sealed class StageGateNotMetException : DomainConflictException
{
    public StageGateNotMetException(StageGate gate, string code, params object?[] arguments)
        : base(code, "stage", arguments)
    {
        Gate = gate;
    }

    public StageGate Gate { get; }
}
