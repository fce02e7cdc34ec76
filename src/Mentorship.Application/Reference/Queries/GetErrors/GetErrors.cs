using MediatR;
using Mentorship.Application.Common.Localization;

namespace Mentorship.Application.Reference.Queries.GetErrors;

/// <summary>An error code and its text in Russian and English ({0}, {1}… stand for the refusal's arguments).</summary>
/// <param name="Code">The stable code, such as "group.mentor_capacity_exceeded".</param>
/// <param name="Ru">The Russian text.</param>
/// <param name="En">The English text.</param>
public sealed record ErrorCodeDto(string Code, string Ru, string En);

/// <summary>Every code a problem response can carry, from the message catalogue, so clients can branch on codes.</summary>
public sealed record GetErrorsQuery : IRequest<IReadOnlyList<ErrorCodeDto>>;

internal sealed class GetErrorsHandler : IRequestHandler<GetErrorsQuery, IReadOnlyList<ErrorCodeDto>>
{
    public Task<IReadOnlyList<ErrorCodeDto>> Handle(GetErrorsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ErrorCodeDto>>(Catalogue.AllErrors().Select(e => new ErrorCodeDto(e.Code, e.Texts["ru"], e.Texts["en"])).ToList());
}
