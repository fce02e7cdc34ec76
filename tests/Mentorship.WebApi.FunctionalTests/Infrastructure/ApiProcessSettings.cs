namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Settings of an <see cref="ApiProcess"/> that serves the test's own database (already migrated by the test application).</summary>
public static class ApiProcessSettings
{
    public const string PseudonymKey = "functional-tests-pseudonym-key-0123456789";

    public static Dictionary<string, string> On(TestDatabase database, string environment = "Testing") => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["Database:Provider"] = database.Provider.ToString(),
        ["Database:MigrateOnStartup"] = "false",
        [$"ConnectionStrings:{database.Provider}"] = database.ConnectionString,
        ["Hangfire:Server:Enabled"] = "false",
        ["Authentication:Jwt:SigningKey"] = TestTokens.SigningKey,
        ["Exports:PseudonymKey"] = PseudonymKey,
    };
}
