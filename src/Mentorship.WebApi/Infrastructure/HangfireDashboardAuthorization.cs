using Hangfire.Dashboard;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The Hangfire dashboard is for administrators; in Development, local requests may see it too.</summary>
public sealed class HangfireDashboardAuthorization(IHostEnvironment environment) : IDashboardAuthorizationFilter
{
    public const string AdministratorRole = "Administrator";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(AdministratorRole))
        {
            return true;
        }

        if (!environment.IsDevelopment())
        {
            return false;
        }

        var remote = http.Connection.RemoteIpAddress;
        return remote is null || System.Net.IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress);
    }
}
