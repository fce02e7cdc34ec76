namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the moves between the six stages of a programme.</summary>
    public static class Stage
    {
        public const string GateNotMet = "stage.gate_not_met";
        public const string LastStage = "stage.last_stage";
        public const string NotReached = "stage.not_reached";
        public const string ReturnNotEarlier = "stage.return_not_earlier";
        public const string GroupsStillActive = "stage.groups_still_active";
    }
}
