using System.Net;
using System.Net.Http.Json;
using Mentorship.Application.Common.Models;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetJoinRequests;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Application.Public.JoinRequests.Commands.SubmitJoinRequest;
using Mentorship.Application.Public.JoinRequests.Queries.GetJoinRequestStatus;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Public.Parents;

/// <summary>A parent asks on the open resource for a child to join; the curator finds the request in the mentee bank's inbox and decides once.</summary>
public sealed class JoinRequestTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private const string Child = "Смирнов";

    [Test]
    public async Task A_parents_join_request_reaches_the_curator_and_is_accepted_into_the_mentee_bank_with_the_consent()
    {
        var (school, programme) = await SchoolWithProgrammeAsync();

        var sent = await SubmitAsync(programme, Given.JoinRequestBody(Child));
        var sentBody = await sent.Content.ReadAsStringAsync();
        var receipt = await OkAsync<JoinRequestReceiptDto>(sent, HttpStatusCode.Accepted);
        receipt.Reference.Should().HaveLength(JoinRequest.ReferenceLength);
        sentBody.Should().NotContain(Child).And.NotContain("olga@example.ru").And.NotContain("Смирнова");

        AsCurator(school);
        var inbox = await OkAsync<PagedList<JoinRequestDto>>(await Client.GetAsync($"{Api}/programmes/{programme}/join-requests?status=Pending"));
        var request = inbox.Items.Should().ContainSingle().Subject;
        request.Should().BeEquivalentTo(new
        {
            receipt.Reference, Status = JoinRequestStatus.Pending, ChildLastName = Child, ChildGrade = 6, RequesterKind = JoinRequesterKind.Parent,
            RequesterEmail = "olga@example.ru", RepresentativeName = "Смирнова Ольга Викторовна", ConsentTextVersion = "2024-09",
        });
        (await QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(JoinRequest) && e.EntityId == request.Id && e.Action == AuditAction.Read)))
            .Should().Be(1);

        var accepted = await OkAsync<JoinRequestDto>(await PostAsync($"{Api}/programmes/{programme}/join-requests/{request.Id}/accept", new { tags = new[] { "математика" } }));
        accepted.Status.Should().Be(JoinRequestStatus.Accepted);

        // The requester follows the Location of the receipt: the status, and nothing personal.
        var status = await Anonymous.GetAsync(sent.Headers.Location!.ToString());
        var statusBody = await status.Content.ReadAsStringAsync();
        (await OkAsync<JoinRequestStatusDto>(status)).Should().BeEquivalentTo(new { receipt.Reference, Status = JoinRequestStatus.Accepted });
        statusBody.Should().NotContain(Child).And.NotContain("olga@example.ru");

        var mentees = await OkAsync<PagedList<MenteeDto>>(await Client.GetAsync($"{Api}/programmes/{programme}/mentees"));
        var mentee = mentees.Items.Should().ContainSingle(m => m.Id == accepted.MenteeId).Subject;
        mentee.Should().BeEquivalentTo(new { PersonId = accepted.PersonId!.Value, PersonName = "Смирнов Артём", Grade = 6, DataChannel = MenteeDataChannel.Parents });
        mentee.Requests.Should().ContainSingle().Which.Tags.Should().Equal("математика");

        var consents = await OkAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{accepted.PersonId}/consents"));
        consents.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            GivenBy = ConsentGiver.LegalRepresentative, RepresentativeName = "Смирнова Ольга Викторовна", IsActive = true, GivenAt = receipt.ReceivedAt,
        });
        (await OkAsync<PagedList<JoinRequestDto>>(await Client.GetAsync($"{Api}/programmes/{programme}/join-requests?status=Pending")))
            .TotalCount.Should().Be(0);
    }

    [Test]
    public async Task A_request_is_handled_once_and_of_two_accepts_at_once_one_wins()
    {
        var (school, programme) = await SchoolWithProgrammeAsync();
        await OkAsync<JoinRequestReceiptDto>(await SubmitAsync(programme, Given.JoinRequestBody()), HttpStatusCode.Accepted);
        AsCurator(school);
        var request = (await OkAsync<PagedList<JoinRequestDto>>(await Client.GetAsync($"{Api}/programmes/{programme}/join-requests"))).Items.Single();
        var url = $"{Api}/programmes/{programme}/join-requests/{request.Id}";

        using var second = Factory.CreateContractClient();
        second.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        var both = await Task.WhenAll(Client.PostAsJsonAsync($"{url}/accept", new { }, Json), second.PostAsJsonAsync($"{url}/accept", new { }, Json));

        both.Select(r => r.StatusCode).Should().BeEquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        (await ProblemAsync(both.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict)).Code.Should().Be("join_request.already_handled");
        (await QueryAsync(db => db.Mentees.CountAsync(m => m.ProgrammeId == programme))).Should().Be(1);
        (await QueryAsync(db => db.People.CountAsync(p => p.LastName == Child))).Should().Be(1);

        var again = await PostAsync($"{url}/decline", new { reason = "Передумали" });
        (await ProblemAsync(again, HttpStatusCode.Conflict)).Code.Should().Be("join_request.already_handled");
    }

    [Test]
    public async Task The_curator_declines_a_request_with_a_reason()
    {
        var (school, programme) = await SchoolWithProgrammeAsync();
        await OkAsync<JoinRequestReceiptDto>(await SubmitAsync(programme, Given.JoinRequestBody()), HttpStatusCode.Accepted);
        AsCurator(school);
        var request = (await OkAsync<PagedList<JoinRequestDto>>(await Client.GetAsync($"{Api}/programmes/{programme}/join-requests"))).Items.Single();
        var url = $"{Api}/programmes/{programme}/join-requests/{request.Id}/decline";

        (await ProblemAsync(await PostAsync(url, new { reason = " " }), HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("reason");

        var declined = await OkAsync<JoinRequestDto>(await PostAsync(url, new { reason = "Набор в группу на этот год закрыт" }));
        declined.Should().BeEquivalentTo(new { Status = JoinRequestStatus.Declined, DeclineReason = "Набор в группу на этот год закрыт", PersonId = (Guid?)null });
        (await QueryAsync(db => db.Mentees.CountAsync(m => m.ProgrammeId == programme))).Should().Be(0);
    }

    [Test]
    public async Task Another_schools_curator_neither_sees_nor_handles_the_request()
    {
        var (school, programme) = await SchoolWithProgrammeAsync();
        var (_, municipality) = (school, await QueryAsync(db => db.Organizations.Where(o => o.Id == school).Select(o => o.MunicipalityId).SingleAsync()));
        var otherSchool = await Given.Organization(municipality, "МБОУ СОШ № 9");
        await OkAsync<JoinRequestReceiptDto>(await SubmitAsync(programme, Given.JoinRequestBody()), HttpStatusCode.Accepted);
        var requestId = await QueryAsync(db => db.JoinRequests.Select(r => r.Id).SingleAsync());

        AsCurator(otherSchool.Id);
        (await Client.GetAsync($"{Api}/programmes/{programme}/join-requests")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PostAsync($"{Api}/programmes/{programme}/join-requests/{requestId}/accept", new { })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PostAsync($"{Api}/programmes/{programme}/join-requests/{requestId}/decline", new { reason = "Чужая заявка" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await QueryAsync(db => db.JoinRequests.CountAsync(r => r.Status == JoinRequestStatus.Pending))).Should().Be(1);
    }

    [Test]
    public async Task A_request_without_the_representatives_consent_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var (_, programme) = await SchoolWithProgrammeAsync();

        var notGiven = await SubmitAsync(programme, Given.JoinRequestBody(change: b => ((Dictionary<string, object?>)b["consent"]!)["given"] = false));
        (await ProblemAsync(notGiven, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("consent.given")
            .WhoseValue.Should().Equal("join_request.consent_required");

        var missing = await SubmitAsync(programme, Given.JoinRequestBody(change: b => b.Remove("consent")));
        (await ProblemAsync(missing, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("consent");

        (await CountAsync<JoinRequest>()).Should().Be(0);
    }

    [Test]
    public async Task Hostile_input_is_refused_naming_the_field()
    {
        var (_, programme) = await SchoolWithProgrammeAsync();

        var control = await SubmitAsync(programme, Given.JoinRequestBody(childLastName: "Смир\u0000нов"));
        (await ProblemAsync(control, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("child.lastName");

        var tooLong = await SubmitAsync(programme, Given.JoinRequestBody(childLastName: new string('я', 101)));
        (await ProblemAsync(tooLong, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("child.lastName");

        var noContact = await SubmitAsync(programme, Given.JoinRequestBody(change: b =>
        {
            var requester = (Dictionary<string, object?>)b["requester"]!;
            requester["email"] = null;
            requester["phone"] = null;
        }));
        (await ProblemAsync(noContact, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("requester.email");

        var youngPupil = await SubmitAsync(programme, Given.JoinRequestBody(change: b => ((Dictionary<string, object?>)b["requester"]!)["kind"] = "Pupil"));
        (await ProblemAsync(youngPupil, HttpStatusCode.BadRequest)).ErrorCodes.Should().ContainKey("child.birthDate")
            .WhoseValue.Should().Equal("join_request.pupil_too_young");

        (await CountAsync<JoinRequest>()).Should().Be(0);
    }

    [Test]
    public async Task An_unpublished_programme_takes_no_requests()
    {
        var (school, programme) = await SchoolWithProgrammeAsync();
        AsCurator(school);
        (await PostAsync($"{Api}/programmes/{programme}/unpublish", new { })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await SubmitAsync(programme, Given.JoinRequestBody())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SubmitAsync(Guid.NewGuid(), Given.JoinRequestBody())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CountAsync<JoinRequest>()).Should().Be(0);
    }

    [Test]
    public async Task A_retry_with_the_same_key_is_answered_as_the_first_and_stores_one_request()
    {
        var (_, programme) = await SchoolWithProgrammeAsync();
        var key = Guid.NewGuid().ToString();

        var first = await OkAsync<JoinRequestReceiptDto>(await SubmitAsync(programme, Given.JoinRequestBody(), key), HttpStatusCode.Accepted);
        var retry = await SubmitAsync(programme, Given.JoinRequestBody(), key);

        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        retry.Headers.Location!.ToString().Should().Be($"{PublicApi}/join-requests/{first.Reference}");
        (await OkAsync<JoinRequestReceiptDto>(retry, HttpStatusCode.Accepted)).Reference.Should().Be(first.Reference);
        (await CountAsync<JoinRequest>()).Should().Be(1);
    }

    [Test]
    public async Task No_public_response_shows_the_childs_name()
    {
        var (_, programme) = await SchoolWithProgrammeAsync();
        var bodies = new List<string> { await (await SubmitAsync(programme, Given.JoinRequestBody(Child))).Content.ReadAsStringAsync() };
        foreach (var path in new[] { $"/programmes/{programme}", "/programmes", $"/programmes?search={Child}", "/organizations", "/partners", "/practices" })
        {
            var response = await Anonymous.GetAsync(PublicApi + path);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        (await CountAsync<JoinRequest>()).Should().Be(1);
        bodies.Should().AllSatisfy(b => b.Should().NotContain(Child).And.NotContain("Артём").And.NotContain("olga@example.ru"));
    }

    [Test]
    public async Task Requests_over_the_limit_of_a_client_address_are_refused_with_429_and_Retry_After()
    {
        var (_, programme) = await SchoolWithProgrammeAsync();
        await using var limited = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("RateLimiting:JoinRequests:PermitLimit", "2");
            builder.UseSetting("RateLimiting:JoinRequests:WindowSeconds", "3600");
        });
        using var client = limited.CreateContractClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 3; i++)
        {
            refused = await SubmitAsync(programme, Given.JoinRequestBody($"Смирнов{i}"), client: client);
            statuses.Add(refused.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests);
        (await ProblemAsync(refused!, HttpStatusCode.TooManyRequests)).Code.Should().Be("common.too_many_requests");
        refused!.Headers.RetryAfter!.Delta.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
        (await CountAsync<JoinRequest>()).Should().Be(2);
    }

    private async Task<(Guid School, Guid Programme)> SchoolWithProgrammeAsync()
    {
        var (_, municipality) = await Given.Territory();
        var school = await Given.Organization(municipality.Id);
        return (school.Id, await Given.PublishedProgrammeAtStage4(school.Id));
    }

    private async Task<HttpResponseMessage> SubmitAsync(Guid programmeId, object body, string? key = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PublicApi}/programmes/{programmeId}/join-requests")
        {
            Content = JsonContent.Create(body, options: Json),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await (client ?? Anonymous).SendAsync(request);
    }
}
