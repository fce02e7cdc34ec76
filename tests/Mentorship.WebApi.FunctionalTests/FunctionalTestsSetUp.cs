
namespace Mentorship.WebApi.FunctionalTests;

/// <summary>Stops the applications started for the run and deletes the SQLite file, after every test.</summary>
[SetUpFixture]
public sealed class FunctionalTestsSetUp
{
    [OneTimeTearDown]
    public Task DisposeApplications() => TestApplication.DisposeAllAsync();
}
