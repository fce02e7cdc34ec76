using Mentorship.Application.Common.Security;
using Mentorship.Domain.People;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Infrastructure.Identity;

/// <summary>Who a development user is: the role and the scope their token carries.</summary>
public sealed record DevelopmentUser(string Role, Guid? RegionId = null, Guid? MunicipalityId = null, Guid? OrganizationId = null, Guid? PersonId = null);

/// <summary>
/// The demo territory of the local development identity (a region, a municipality, a school, a teacher and a pupil)
/// and one user of each role within it. Used only when the environment is Development.
/// </summary>
public sealed class DevelopmentUsers(ApplicationDbContext db)
{
    public const string RegionCode = "38";
    public const string MunicipalityOktmo = "25703000";
    public const string SchoolInn = "3801012349";

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["admin"] = Application.Common.Security.Roles.Administrator,
        ["regional"] = Application.Common.Security.Roles.RegionalCoordinator,
        ["municipal"] = Application.Common.Security.Roles.MunicipalCoordinator,
        ["orgadmin"] = Application.Common.Security.Roles.OrganizationAdministrator,
        ["curator"] = Application.Common.Security.Roles.Curator,
        ["analyst"] = Application.Common.Security.Roles.Analyst,
        ["mentor"] = Application.Common.Security.Roles.Mentor,
        ["mentee"] = Application.Common.Security.Roles.Mentee,
    };

    /// <summary>The scope of a development user in the demo territory (read past the scope filters: the caller has no token yet).</summary>
    public async Task<DevelopmentUser> FindAsync(string user, CancellationToken cancellationToken)
    {
        var role = Roles[user];
        switch (role)
        {
            case Application.Common.Security.Roles.RegionalCoordinator or Application.Common.Security.Roles.Analyst:
                return new DevelopmentUser(role, RegionId: (await db.Regions.SingleAsync(r => r.Code == RegionCode, cancellationToken)).Id);
            case Application.Common.Security.Roles.MunicipalCoordinator:
                return new DevelopmentUser(role, MunicipalityId: (await db.Municipalities.SingleAsync(m => m.Oktmo == MunicipalityOktmo, cancellationToken)).Id);
            case Application.Common.Security.Roles.OrganizationAdministrator or Application.Common.Security.Roles.Curator:
                return new DevelopmentUser(role, OrganizationId: await SchoolIdAsync(cancellationToken));
            case Application.Common.Security.Roles.Mentor or Application.Common.Security.Roles.Mentee:
                var school = await SchoolIdAsync(cancellationToken);
                var category = role == Application.Common.Security.Roles.Mentor ? PersonCategory.Teacher : PersonCategory.Pupil;
                var person = await db.People.IgnoreQueryFilters().OrderBy(p => p.Created).FirstAsync(p => p.OrganizationId == school && p.Category == category, cancellationToken);
                return new DevelopmentUser(role, PersonId: person.Id);
            default:
                return new DevelopmentUser(role);
        }
    }

    /// <summary>Creates the demo territory the development users belong to, once.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        // Demo data only into an empty database: never beside a region someone entered.
        if (await db.Regions.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var region = new Region(RegionCode, "Иркутская область");
        region.SetTimeZone("Asia/Irkutsk");
        var municipality = new Municipality(region.Id, "Ангарский городской округ", Oktmo.Create(MunicipalityOktmo));
        var school = new Organization(municipality, "МБОУ «Средняя общеобразовательная школа № 1»", "СОШ № 1", OrganizationKind.GeneralEducationSchool, Inn.Create(SchoolInn));
        var teacher = new Person(school.Id, new PersonName("Иванова", "Мария", "Петровна"), PersonCategory.Teacher, birthDate: new DateOnly(1985, 3, 14));
        var pupil = new Person(school.Id, new PersonName("Петров", "Илья"), PersonCategory.Pupil, grade: 7, birthDate: new DateOnly(2012, 5, 2));
        teacher.GiveConsent(ConsentGiver.Self, null, "Участие в программе наставничества", time.GetUtcNow(), "demo");
        pupil.GiveConsent(ConsentGiver.LegalRepresentative, "Петрова Анна", "Участие в программе наставничества", time.GetUtcNow(), "demo");
        db.AddRange(region, municipality, school, teacher, pupil);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> SchoolIdAsync(CancellationToken cancellationToken) =>
        (await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Inn == SchoolInn, cancellationToken)).Id;
}
