using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Mentorship.Application.Common.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Mentorship.WebApi.Infrastructure;

/// <summary>The <c>Hangfire:Dashboard</c> section.</summary>
public sealed class DashboardSessionOptions
{
    public const string Section = "Hangfire:Dashboard";

    /// <summary>How long a dashboard session lasts at most (never past the expiry of the token it was exchanged for).</summary>
    public int SessionMinutes { get; set; } = 30;
}

/// <summary>
/// A browser cannot send a bearer token when it navigates, so an administrator exchanges the token for a dashboard
/// session: a short-lived cookie, HttpOnly, SameSite=Strict, Secure over HTTPS, sent only to <see cref="DashboardPath"/>.
/// Its value is a ticket (subject, role, expiry) protected by ASP.NET Core Data Protection, so it cannot be forged or
/// altered, and it is checked against the application's clock by the dashboard's authorisation filter.
/// </summary>
public sealed class DashboardSession(IDataProtectionProvider dataProtection, TimeProvider time, IOptions<DashboardSessionOptions> options)
{
    public const string DashboardPath = "/hangfire";
    public const string CookieName = "Mentorship.Dashboard";

    private const string Purpose = "Mentorship.HangfireDashboard.Session.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>Sets the session cookie for an administrator; returns when it expires.</summary>
    public DateTimeOffset Start(HttpContext http)
    {
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(options.Value.SessionMinutes);
        if (long.TryParse(http.User.FindFirstValue("exp"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokenExpiry)
            && DateTimeOffset.FromUnixTimeSeconds(tokenExpiry) is var tokenExpires && tokenExpires < expires)
        {
            expires = tokenExpires;
        }

        var ticket = new Ticket(http.User.FindFirstValue(MentorshipClaims.Subject) ?? string.Empty, Roles.Administrator, expires.ToUnixTimeSeconds());
        http.Response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(ticket)), new CookieOptions
        {
            Path = DashboardPath,
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Expires = expires,
            IsEssential = true,
        });
        return expires;
    }

    /// <summary>True when the request carries an unexpired, untampered administrator's session.</summary>
    public bool IsValid(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        Ticket? ticket;
        try
        {
            ticket = JsonSerializer.Deserialize<Ticket>(_protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            // Forged, altered, or protected with a key this application no longer holds: no session.
            return false;
        }

        return ticket is { Role: Roles.Administrator } && DateTimeOffset.FromUnixTimeSeconds(ticket.ExpiresAt) > time.GetUtcNow();
    }

    private sealed record Ticket(string Subject, string Role, long ExpiresAt);
}
