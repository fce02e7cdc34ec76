using System.Reflection;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Mentorship.Infrastructure.Persistence;
using NetArchTest.Rules;

namespace Mentorship.Application.UnitTests.Architecture;

/// <summary>Dependencies point inward only: WebApi → Application ← Infrastructure; Domain depends on nothing.</summary>
public class LayerTests
{
    private static readonly Assembly Domain = typeof(DomainException).Assembly;
    private static readonly Assembly Application = typeof(IApplicationDbContext).Assembly;
    private static readonly Assembly Infrastructure = typeof(ApplicationDbContext).Assembly;
    private static readonly Assembly WebApi = typeof(Program).Assembly;

    [Test]
    public void The_domain_references_no_other_project_of_the_solution_and_no_ef_core()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny(NamespaceOf(Application), NamespaceOf(Infrastructure), NamespaceOf(WebApi), "Microsoft.EntityFrameworkCore")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Test]
    public void The_application_references_neither_infrastructure_nor_the_web_api()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny(NamespaceOf(Infrastructure), NamespaceOf(WebApi))
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Test]
    public void Endpoints_send_requests_and_never_touch_the_db_context()
    {
        var endpoints = Types.InAssembly(WebApi).That().ResideInNamespaceStartingWith("Mentorship.WebApi.Endpoints");
        endpoints.GetTypes().Should().NotBeEmpty("the endpoints are where the rule applies");

        var result = endpoints.ShouldNot()
            .HaveDependencyOnAny(typeof(ApplicationDbContext).FullName, typeof(IApplicationDbContext).FullName, "Microsoft.EntityFrameworkCore.DbContext")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    private static string NamespaceOf(Assembly assembly) => assembly.GetName().Name!;

    private static string Offenders(TestResult result) =>
        "these types break it: " + string.Join(", ", result.FailingTypeNames ?? []);
}
