using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage6Completion.Queries.GetSuccessCases;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage6Completion.Commands.AddSuccessCase;

/// <summary>Writes a success case of the programme (public text: it must not name the pupils).</summary>
/// <param name="GroupId">The pair or group the case is about; optional.</param>
/// <param name="Title">Title of the success case (кейс успешной практики); up to 500 characters.</param>
/// <param name="Text">
/// The case; a public text once published, so it must not name the pupils; up to 4000 characters.
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddSuccessCaseCommand(Guid? GroupId, string? Title, string? Text) : IRequest<SuccessCaseDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddSuccessCaseHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddSuccessCaseCommand, SuccessCaseDto>
{
    public async Task<SuccessCaseDto> Handle(AddSuccessCaseCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.Completion);
        if (request.GroupId is { } groupId)
        {
            await CompletionReads.GroupOfAsync(db, programme.Id, groupId, "groupId", cancellationToken);
        }

        var successCase = new SuccessCase(programme.Id, request.GroupId, request.Title!, request.Text!);
        db.SuccessCases.Add(successCase);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SuccessCaseDto>(successCase);
    }
}
