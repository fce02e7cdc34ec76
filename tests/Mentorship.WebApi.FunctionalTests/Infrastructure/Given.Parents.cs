using Mentorship.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>What parents meet on the open resource: a published programme whose curator takes children into the mentee bank.</summary>
public sealed partial class Given
{
    /// <summary>A programme taken through the API to stage 4 (the mentee bank) and published, as a curator does it.</summary>
    public async Task<Guid> PublishedProgrammeAtStage4(Guid organizationId)
    {
        var programme = await Programme(organizationId);
        await LaunchConditionsMet(programme.Id, "PupilPupil");
        await client.AdvanceAsync(programme.Id);
        var mentor = await Person(organizationId, PersonCategory.Pupil, "Наставник");
        var candidate = await AcceptedMentor(programme.Id, mentor);
        await client.AdvanceAsync(programme.Id);
        await MentorInBank(programme.Id, candidate.Id, 3, "математика");
        await client.AdvanceAsync(programme.Id);
        await OkAsync<Application.Programmes.Publication.Commands.PublishProgramme.PublicationStateDto>(PostAsync($"{Api}/programmes/{programme.Id}/publish", new { }));
        return programme.Id;
    }

    /// <summary>The organisation's public contacts (reception e-mail, phone, site), as its card keeps them.</summary>
    public Task OrganizationContacts(Guid organizationId, string email, string phone, string website) => Rows(async db =>
        (await db.Organizations.SingleAsync(o => o.Id == organizationId)).SetContacts(email, phone, website));

    /// <summary>A parent's request to join, as the public form sends it; <paramref name="change"/> spoils one part of it.</summary>
    public static Dictionary<string, object?> JoinRequestBody(string childLastName = "Смирнов", Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["child"] = new Dictionary<string, object?> { ["lastName"] = childLastName, ["firstName"] = "Артём", ["birthDate"] = "2012-05-14", ["grade"] = 6 },
            ["requester"] = new Dictionary<string, object?> { ["kind"] = "Parent", ["name"] = "Смирнова Ольга", ["email"] = "olga@example.ru", ["phone"] = "+7 900 123-45-67" },
            ["consent"] = new Dictionary<string, object?> { ["given"] = true, ["representativeName"] = "Смирнова Ольга Викторовна", ["textVersion"] = "2024-09" },
            ["form"] = "PupilPupil",
            ["text"] = "Сыну трудно даётся математика, хотим наставника из старших классов.",
        };
        change?.Invoke(body);
        return body;
    }
}
