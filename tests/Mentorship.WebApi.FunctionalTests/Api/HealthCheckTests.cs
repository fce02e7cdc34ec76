using System.Net;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>Liveness and readiness probes.</summary>
public sealed class HealthCheckTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    [Test]
    public async Task Health_checks_report_live_and_ready()
    {
        (await Client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await Client.GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
