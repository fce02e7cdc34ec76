using System.Net;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Application.People.Queries.GetPerson;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>Consent (152-FZ): none, no group; revoked, the participations end.</summary>
public sealed class ConsentTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchools() => _school = await Given.School("Школа № 1");

    [Test]
    public async Task A_pupil_without_consent_cannot_join_a_group_and_one_with_consent_can()
    {
        AsCurator(_school);
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);

        var refusal = await FluentActions.Awaiting(() => Given.Pair(_school, mentor.Id, mentee.Id)).Should().ThrowAsync<DomainException>();
        refusal.Which.Field.Should().Be("personId");

        await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);
    }

    [Test]
    public async Task Revoking_the_consent_ends_the_persons_active_participations_with_the_reason()
    {
        AsCurator(_school);
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);
        var consent = await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);

        var revoke = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        (await ReadAsync<ConsentDto>(revoke)).IsActive.Should().BeFalse();
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Role = GroupRole.Mentee, LeaveReason = MentoringGroup.ConsentRevokedReason, LeftAt = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime) });
        var mentorHistory = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentor.Id}/participations"));
        mentorHistory.Single().LeftAt.Should().BeNull();
        await ProblemAsync(await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Revoking_one_of_two_consents_keeps_the_participations()
    {
        AsCurator(_school);
        var (_, mentee, first) = await PairWithConsentsAsync();
        await Given.Consent(mentee.Id, "LegalRepresentative", "Младший Папа");

        var revoke = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{first.Id}/revoke", null);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Single().LeftAt.Should().BeNull("the other consent is still active");
    }

    [Test]
    public async Task A_revocation_whose_participations_cannot_be_ended_is_undone_whole()
    {
        AsCurator(_school);
        var (_, mentee, consent) = await PairWithConsentsAsync();

        // The consent is written first; the database then refuses to end the participation.
        await using (await Factory.Database.RefuseAsync("UPDATE", "GroupMembers"))
        {
            await ProblemAsync(await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null), HttpStatusCode.InternalServerError);
        }

        (await ReadAsync<List<ConsentDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/consents"))).Single().IsActive.Should().BeTrue();
        (await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"))).Single().LeftAt.Should().BeNull();

        var retry = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null);
        retry.StatusCode.Should().Be(HttpStatusCode.OK, await retry.Content.ReadAsStringAsync());
        (await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"))).Single().LeaveReason.Should().Be(MentoringGroup.ConsentRevokedReason);
    }

    /// <summary>A pupil–pupil pair of a mentor and a mentee, each with a consent (the mentee's by a representative).</summary>
    private async Task<(PersonDto Mentor, PersonDto Mentee, ConsentDto MenteeConsent)> PairWithConsentsAsync()
    {
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);
        var consent = await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);
        return (mentor, mentee, consent);
    }
}
