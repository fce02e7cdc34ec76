using System.Net;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.WebApi.Endpoints.Dashboard;

/// <summary>
/// The way into the Hangfire dashboard from a browser: a small login page where an administrator pastes the bearer
/// token, which the page exchanges (POST /api/v1/dashboard/session) for the dashboard's session cookie.
/// </summary>
public static class DashboardLogin
{
    public const string LoginPath = "/dashboard/login";

    public static RouteGroupBuilder MapDashboardSession(this RouteGroupBuilder api)
    {
        api.MapPost("/dashboard/session", CreateDashboardSession).WithTags("Dashboard").WithName(nameof(CreateDashboardSession))
            .ProducesProblem(StatusCodes.Status403Forbidden).CalledBy(Roles.Administrator);
        return api;
    }

    public static WebApplication MapDashboardLoginPage(this WebApplication app)
    {
        app.MapGet(LoginPath, LoginPage).AllowAnonymous().ExcludeFromDescription();
        app.MapGet($"{LoginPath}.js", LoginScript).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Open a session of the jobs dashboard (Hangfire) for an administrator</summary>
    /// <remarks>
    /// Exchanges an administrator's bearer token for a short-lived session cookie of the Hangfire dashboard (HttpOnly,
    /// SameSite=Strict, Secure over HTTPS) sent only to /hangfire; the login page /dashboard/login calls it. It lasts
    /// `Hangfire:Dashboard:SessionMinutes` and never longer than the token. Other roles are refused with 403.
    /// </remarks>
    public static NoContent CreateDashboardSession(HttpContext http, DashboardSession session)
    {
        if (!http.User.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenAccessException(ErrorCodes.Dashboard.AdministratorRequired);
        }

        session.Start(http);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.NoContent();
    }

    private static ContentHttpResult LoginPage()
    {
        // The page's script is a file of this origin: the Content-Security-Policy allows no inline script.
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{(Catalogue.IsEnglish ? "en" : "ru")}}">
            <head><meta charset="utf-8"><title>{{Encode("dashboard.login.title")}}</title></head>
            <body>
              <h1>{{Encode("dashboard.login.title")}}</h1>
              <form id="login" data-session="{{DependencyInjection.ApiBase}}/dashboard/session" data-dashboard="{{DashboardSession.DashboardPath}}">
                <label for="token">{{Encode("dashboard.login.token")}}</label>
                <input id="token" name="token" type="password" autocomplete="off" required>
                <button id="submit" type="submit">{{Encode("dashboard.login.submit")}}</button>
              </form>
              <p id="error" role="alert"></p>
              <script src="{{LoginPath}}.js"></script>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static ContentHttpResult LoginScript() => TypedResults.Content(
        """
        "use strict";
        document.getElementById("login").addEventListener("submit", async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const token = document.getElementById("token").value.trim().replace(/^Bearer\s+/i, "");
          const response = await fetch(form.dataset.session, {
            method: "POST",
            headers: { "Authorization": "Bearer " + token, "Accept-Language": document.documentElement.lang },
            credentials: "same-origin",
          });
          if (response.ok) {
            window.location.assign(form.dataset.dashboard);
            return;
          }
          const problem = await response.json().catch(() => ({}));
          document.getElementById("error").textContent = problem.detail || problem.title || String(response.status);
        });
        """,
        "text/javascript; charset=utf-8");

    private static string Encode(string key) => WebUtility.HtmlEncode(Catalogue.Text(key));
}
