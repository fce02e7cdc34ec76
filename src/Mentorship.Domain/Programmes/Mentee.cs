using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Where the data about a mentee's needs came from (источник сведений о запросе наставляемого): Parents — родители;
/// ClassTeacher — классный руководитель; Psychologist — педагог-психолог; CareerTest — профориентационное тестирование;
/// Self — the mentee; Other — another source.
/// </summary>
public enum MenteeDataChannel
{
    Parents = 1,
    ClassTeacher,
    Psychologist,

    /// <summary>Профориентационное тестирование.</summary>
    CareerTest,

    Self,
    Other,
}

/// <summary>An entry of the programme's mentee bank (банк наставляемых, stage 4) with the mentee's requests.</summary>
public class Mentee : AuditableEntity
{
    private readonly List<MenteeRequest> _requests = [];

    private Mentee()
    {
    }

    public Mentee(Guid programmeId, Guid personId, MenteeDataChannel dataChannel)
    {
        ProgrammeId = Check.NotEmpty(programmeId, "programmeId");
        PersonId = Check.NotEmpty(personId, "personId");
        DataChannel = Check.Defined(dataChannel, "dataChannel");
        IsActive = true;
    }

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public Guid PersonId { get; private set; }

    public Person? Person { get; private set; }

    public MenteeDataChannel DataChannel { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<MenteeRequest> Requests => _requests.AsReadOnly();

    /// <summary>Stage 4's gate asks for a mentee with at least one request.</summary>
    public bool HasRequests => _requests.Count > 0;

    public void ChangeDataChannel(MenteeDataChannel dataChannel) => DataChannel = Check.Defined(dataChannel, "dataChannel");

    public MenteeRequest AddRequest(string? text, IEnumerable<string> tags)
    {
        var request = new MenteeRequest(Id, text, tags);
        _requests.Add(request);
        return request;
    }

    /// <summary>Removes a request; false when the mentee has no such request.</summary>
    public bool RemoveRequest(Guid requestId) => _requests.RemoveAll(r => r.Id == requestId) > 0;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}

/// <summary>A mentee's request (запрос): topic tags that matching uses, and the request in words.</summary>
public class MenteeRequest : BaseEntity
{
    private readonly List<MenteeRequestTag> _tags = [];

    private MenteeRequest()
    {
    }

    internal MenteeRequest(Guid menteeId, string? text, IEnumerable<string> tags)
    {
        MenteeId = menteeId;
        Update(text, tags);
    }

    public Guid MenteeId { get; private set; }

    public string? Text { get; private set; }

    public IReadOnlyCollection<MenteeRequestTag> Tags => _tags.AsReadOnly();

    internal void Update(string? text, IEnumerable<string> tags)
    {
        var wanted = Common.Tags.NormalizeAll(tags);
        if (wanted.Count == 0)
        {
            throw new DomainException(ErrorCodes.Mentee.RequestWithoutTags, "tags");
        }

        Text = Guard.Optional(text, "text", TextLengths.FreeText);
        _tags.RemoveAll(t => !wanted.Contains(t.Tag));
        foreach (var tag in wanted.Where(t => !_tags.Exists(x => x.Tag == t)))
        {
            _tags.Add(new MenteeRequestTag(Id, tag));
        }
    }
}

/// <summary>A topic tag of a request; counted by municipality and year for the regional map of requests.</summary>
public class MenteeRequestTag : BaseEntity
{
    private MenteeRequestTag()
    {
        Tag = null!;
    }

    internal MenteeRequestTag(Guid requestId, string tag)
    {
        RequestId = requestId;
        Tag = tag;
    }

    public Guid RequestId { get; private set; }

    public string Tag { get; private set; }
}
