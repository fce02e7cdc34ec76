using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMenteeRequest;

/// <summary>Adds a request (запрос) of the mentee: topic tags that matching uses, and the request in words.</summary>
/// <param name="Text">The request in words; optional, up to 4000 characters.</param>
/// <param name="Tags">Topic tags of the request, at least one; up to 100 characters each.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMenteeRequestCommand(string? Text, IReadOnlyList<string>? Tags) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MenteeId { get; init; }
}

internal sealed class AddMenteeRequestHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddMenteeRequestCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(AddMenteeRequestCommand request, CancellationToken cancellationToken)
    {
        var mentee = await db.MenteeToChangeAsync(request.ProgrammeId, request.MenteeId, cancellationToken);
        mentee.AddRequest(request.Text, request.Tags!);
        await db.SaveChangesAsync(cancellationToken);
        return await db.MenteeDtoAsync(mapper, request.ProgrammeId, mentee.Id, cancellationToken);
    }
}
