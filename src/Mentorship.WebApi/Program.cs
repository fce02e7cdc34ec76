using Mentorship.Application;
using Mentorship.Infrastructure;
using Mentorship.Infrastructure.Persistence;
using Mentorship.WebApi;
using Mentorship.WebApi.Endpoints.Common;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication(builder.Configuration["AutoMapper:LicenseKey"])
    .AddInfrastructure(builder.Configuration, builder.Environment)
    .AddWebApi(builder.Configuration);

if (args.Contains("--migrate"))
{
    // Applies the configured provider's migrations and exits without starting the web host.
    builder.Configuration["Hangfire:Server:Enabled"] = "false";
    await using var migrator = builder.Build();
    await DatabaseMigrator.MigrateAsync(migrator.Services);
    return;
}

var app = builder.Build();

app.UseMentorshipPipeline();
app.MapMentorshipEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
