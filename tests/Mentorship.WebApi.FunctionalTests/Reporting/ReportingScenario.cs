using System.Net;
using Mentorship.Application.Auditing.Queries.GetAuditLog;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Reporting.Queries.GetReportingRequest;
using Mentorship.Application.Reporting.Queries.GetReportingResponse;

namespace Mentorship.WebApi.FunctionalTests.Reporting;

/// <summary>
/// The territory of the reporting tests: a region with two municipalities; the first has two schools, a ДО centre and
/// a university (not asked), the second one school.
/// </summary>
public abstract class ReportingScenario(DatabaseProvider provider) : FunctionalTest(provider)
{
    protected const int Year = 2024;

    protected Guid Region { get; private set; }

    protected Guid Municipality { get; private set; }

    protected Guid OtherMunicipality { get; private set; }

    protected Guid SchoolA { get; private set; }

    protected Guid SchoolB { get; private set; }

    protected Guid Centre { get; private set; }

    protected Guid University { get; private set; }

    protected Guid OtherSchool { get; private set; }

    [SetUp]
    public async Task CreateTheTerritory()
    {
        Region = (await Given.Region()).Id;
        Municipality = (await Given.Municipality(Region, "Ангарск")).Id;
        OtherMunicipality = (await Given.Municipality(Region, "Братск")).Id;
        SchoolA = (await Given.Organization(Municipality, "Школа А")).Id;
        SchoolB = (await Given.Organization(Municipality, "Школа Б")).Id;
        Centre = (await Given.Organization(Municipality, "Центр ДО", kind: "AdditionalEducation")).Id;
        University = (await Given.Organization(Municipality, "Университет", kind: "HigherEducation")).Id;
        OtherSchool = (await Given.Organization(OtherMunicipality, "Школа В")).Id;
    }

    protected static string Answer(Guid requestId, Guid organizationId) => $"{Api}/reporting-requests/{requestId}/answers/{organizationId}";

    /// <summary>The municipal coordinator sends a request for <see cref="Year"/> with a deadline of 15 October 2024 (the clock starts on 1 October).</summary>
    protected async Task<ReportingRequestDto> SendAsync(params string[] sections)
    {
        AsMunicipalCoordinator(Municipality);
        return await OkAsync<ReportingRequestDto>(
            await PostAsync($"{Api}/reporting-requests", new { year = Year, title = "Сведения для мониторинга ЦМН", deadline = "2024-10-15", sections }),
            HttpStatusCode.Created);
    }

    protected static object HeadCounts(int pupilsInAgeBand = 50, int pupilsTotal = 80) =>
        new { pupilsTotal, pupilsInAgeBand, teachersTotal = 20, teachersUnder35 = 6, youngSpecialists = 3 };

    protected static object Retention(int retained = 2) =>
        new { youngSpecialistsHired = 4, youngSpecialistsRetained = retained, teachers = 20, teachersUnder3YearsInOrganization = 5 };

    protected Task<HttpResponseMessage> SaveDraftAsync(Guid requestId, Guid organizationId, object body) => PutAsync(Answer(requestId, organizationId), body);

    protected Task<HttpResponseMessage> SubmitAsync(Guid requestId, Guid organizationId) => Client.PostAsync($"{Answer(requestId, organizationId)}/submit", null);

    protected async Task<ReportingResponseDto> AnswerAsync(Guid requestId, Guid organizationId) => await OkAsync<ReportingResponseDto>(await Client.GetAsync(Answer(requestId, organizationId)));

    /// <summary>The audit log's entries about one record, as an administrator reads them, oldest first.</summary>
    protected async Task<List<AuditEntryDto>> AuditOfAsync(Guid entityId)
    {
        AsAdministrator();
        var log = await OkAsync<PagedList<AuditEntryDto>>(await Client.GetAsync($"{Api}/audit?pageSize=200"));
        return log.Items.Where(e => e.EntityId == entityId).OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
    }
}
