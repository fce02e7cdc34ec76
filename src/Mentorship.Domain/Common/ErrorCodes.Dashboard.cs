namespace Mentorship.Domain.Common;

/// <summary>Codes of the refusals of the Hangfire dashboard's login.</summary>
public static partial class ErrorCodes
{
    /// <summary>A browser session for the Hangfire dashboard (the bearer token exchanged for a cookie).</summary>
    public static class Dashboard
    {
        public const string AdministratorRequired = "dashboard.administrator_required";
    }
}
