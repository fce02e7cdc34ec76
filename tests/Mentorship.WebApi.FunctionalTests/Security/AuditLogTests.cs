using System.Net;
using Mentorship.Application.Auditing;
using Mentorship.Application.Auditing.Queries.GetAuditLog;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;
using Mentorship.Application.Integration.Commands.UpsertPeople;

namespace Mentorship.WebApi.FunctionalTests.Security;

/// <summary>Reads and changes of personal data are in the audit log, read by administrators only.</summary>
public sealed class AuditLogTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;
    private CreatedApiKeyDto _key = null!;

    [SetUp]
    public async Task CreateSchoolAndKey()
    {
        _school = await Given.School("Школа № 1");
        _key = await Given.ApiKey(_school);
        AsApiClient(_key.Key);
    }

    [Test]
    public async Task Reads_and_changes_of_personal_data_are_in_the_audit_log()
    {
        var batch = await ReadAsync<BatchResultDto>(await Client.PostIdempotentAsync("/integration/people", new { items = new[] { Pupil("ext-1", "Иванов") } }, "a-1"));
        var personId = batch.Items.Single().Id;
        AsAdministrator();
        (await Client.GetAsync($"{Api}/people/{personId}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var log = await ReadAsync<PagedList<AuditEntryDto>>(await Client.GetAsync($"{Api}/audit?personId={personId}&pageSize=50"));

        log.Items.Should().Contain(e => e.Action == Domain.Auditing.AuditAction.Create && e.EntityType == "Person" && e.Actor == "client:dnevnik" && e.ClientId == "dnevnik");
        log.Items.Should().Contain(e => e.Action == Domain.Auditing.AuditAction.Read && e.Actor!.StartsWith("test:Administrator"));
        AsCurator(_school);
        await ProblemAsync(await Client.GetAsync($"{Api}/audit"), HttpStatusCode.Forbidden);
    }

    private object Pupil(string externalId, string lastName, Guid? organizationId = null) =>
        new { externalId, organizationId = organizationId ?? _school, lastName, firstName = "Тест", category = "Pupil", grade = 5, birthDate = "2013-02-01" };
}
