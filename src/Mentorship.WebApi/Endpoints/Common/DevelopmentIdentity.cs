using System.Security.Claims;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.Endpoints.Common;

/// <summary>
/// The local development identity: a demo territory with one user of each role, and a token endpoint that
/// issues their tokens. Mapped only when the environment is Development.
/// </summary>
public static class DevelopmentIdentity
{
    public const string RegionCode = "38";
    public const string MunicipalityOktmo = "25703000";
    public const string SchoolInn = "3801012349";

    public static readonly IReadOnlyDictionary<string, string> Users = new Dictionary<string, string>
    {
        ["admin"] = Roles.Administrator,
        ["regional"] = Roles.RegionalCoordinator,
        ["municipal"] = Roles.MunicipalCoordinator,
        ["orgadmin"] = Roles.OrganizationAdministrator,
        ["curator"] = Roles.Curator,
        ["analyst"] = Roles.Analyst,
        ["mentor"] = Roles.Mentor,
        ["mentee"] = Roles.Mentee,
    };

    public sealed record TokenRequest(string? User);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Role);

    public static void MapDevelopmentIdentity(this RouteGroupBuilder api)
    {
        api.MapPost("/dev/token", IssueDevelopmentToken).WithName(nameof(IssueDevelopmentToken)).WithTags("Development").AllowAnonymous();
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem>> IssueDevelopmentToken(
        TokenRequest request, ApplicationDbContext db, JwtSettings jwt, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.User is null || !Users.TryGetValue(request.User, out var role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user"] = [$"One of: {string.Join(", ", Users.Keys)}."] });
        }

        var region = await db.Regions.SingleAsync(r => r.Code == RegionCode, cancellationToken);
        var municipality = await db.Municipalities.SingleAsync(m => m.Oktmo == MunicipalityOktmo, cancellationToken);
        // The caller is anonymous until it has its token: read the seed past the scope filters.
        var school = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Inn == SchoolInn, cancellationToken);
        var claims = new List<Claim> { new(MentorshipClaims.Subject, $"dev:{request.User}"), new(MentorshipClaims.Name, request.User), new(MentorshipClaims.Role, role) };
        switch (role)
        {
            case Roles.RegionalCoordinator or Roles.Analyst:
                claims.Add(new Claim(MentorshipClaims.RegionId, region.Id.ToString()));
                break;
            case Roles.MunicipalCoordinator:
                claims.Add(new Claim(MentorshipClaims.MunicipalityId, municipality.Id.ToString()));
                break;
            case Roles.OrganizationAdministrator or Roles.Curator:
                claims.Add(new Claim(MentorshipClaims.OrganizationId, school.Id.ToString()));
                break;
            case Roles.Mentor or Roles.Mentee:
                var category = role == Roles.Mentor ? PersonCategory.Teacher : PersonCategory.Pupil;
                var person = await db.People.IgnoreQueryFilters().OrderBy(p => p.Created).FirstAsync(p => p.OrganizationId == school.Id && p.Category == category, cancellationToken);
                claims.Add(new Claim(MentorshipClaims.PersonId, person.Id.ToString()));
                break;
        }

        var lifetime = TimeSpan.FromMinutes(jwt.LocalTokenLifetimeMinutes);
        var token = AuthenticationSetup.IssueToken(jwt, claims, time.GetUtcNow(), lifetime);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, role));
    }

    /// <summary>Creates the demo territory the development users belong to, once.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Regions.AnyAsync(r => r.Code == RegionCode, cancellationToken))
        {
            return;
        }

        var region = new Region(RegionCode, "Иркутская область");
        var municipality = new Municipality(region.Id, "Ангарский городской округ", Oktmo.Create(MunicipalityOktmo));
        var school = new Organization(municipality, "МБОУ «Средняя общеобразовательная школа № 1»", "СОШ № 1", OrganizationKind.GeneralEducationSchool, Inn.Create(SchoolInn));
        var teacher = new Person(school.Id, new PersonName("Иванова", "Мария", "Петровна"), PersonCategory.Teacher, birthDate: new DateOnly(1985, 3, 14));
        var pupil = new Person(school.Id, new PersonName("Петров", "Илья"), PersonCategory.Pupil, grade: 7, birthDate: new DateOnly(2012, 5, 2));
        teacher.GiveConsent(ConsentGiver.Self, null, "Участие в программе наставничества", time.GetUtcNow(), "demo");
        pupil.GiveConsent(ConsentGiver.LegalRepresentative, "Петрова Анна", "Участие в программе наставничества", time.GetUtcNow(), "demo");
        db.AddRange(region, municipality, school, teacher, pupil);
        await db.SaveChangesAsync(cancellationToken);
    }
}
