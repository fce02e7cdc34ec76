using Hangfire.Dashboard;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>
/// The Hangfire dashboard is for administrators: a bearer token of an administrator, or the dashboard session a
/// browser got for one (<see cref="DashboardSession"/>, through the login page). In Development, local requests may see it too.
/// </summary>
public sealed class HangfireDashboardAuthorization(IHostEnvironment environment, DashboardSession session) : IDashboardAuthorizationFilter
{
    public const string AdministratorRole = "Administrator";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if ((http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(AdministratorRole)) || session.IsValid(http))
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
