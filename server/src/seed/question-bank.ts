/**
 * Sample citizens' questions and answers. Each entry is one legal issue asked in several ways
 * (a title and a situation per variant) with one careful answer. Articles are cited only where
 * their content is certain; otherwise the answer cites the law in general.
 */
import type { LegalField } from '../../../src/api/codes.js';

export interface QuestionEntry {
  field: LegalField;
  /** Numbers of cited documents (real documents of the corpus). */
  cites: string[];
  titles: string[];
  /** The citizen's situation, one per title. */
  situations: string[];
  ask: string;
  /** Answer paragraphs (may contain <strong> and <em>). */
  answer: string[];
}

export const QUESTION_BANK: QuestionEntry[] = [
  // Đất đai
  {
    field: 'dat-dai',
    cites: ['31/2024/QH15'],
    titles: [
      'Điều kiện chuyển nhượng quyền sử dụng đất',
      'Bán đất khi đang có tranh chấp được không?',
      'Cần điều kiện gì để sang tên thửa đất ở?',
      'Chuyển nhượng đất khi sổ đỏ đang thế chấp ngân hàng',
    ],
    situations: [
      'Gia đình tôi có một thửa đất ở nông thôn đã được cấp Giấy chứng nhận và muốn bán lại cho người trong xóm.',
      'Tôi định mua một mảnh đất nhưng nghe nói hộ bên cạnh đang có đơn tranh chấp ranh giới với chủ đất.',
      'Bố mẹ tôi muốn chuyển nhượng một phần thửa đất ở cho người khác để lấy tiền sửa nhà.',
      'Thửa đất của tôi đang thế chấp tại ngân hàng để vay vốn sản xuất, nay có người hỏi mua.',
    ],
    ask: 'Xin hỏi pháp luật quy định điều kiện gì để được chuyển nhượng quyền sử dụng đất?',
    answer: [
      'Theo <strong>Điều 45 Luật Đất đai năm 2024</strong>, người sử dụng đất được thực hiện quyền chuyển nhượng khi có đủ các điều kiện: có Giấy chứng nhận quyền sử dụng đất (trừ một số trường hợp luật quy định); đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên, áp dụng biện pháp khác để bảo đảm thi hành án; còn trong thời hạn sử dụng đất và không bị áp dụng biện pháp khẩn cấp tạm thời.',
      'Trường hợp đất đang thế chấp, việc chuyển nhượng cần có sự đồng ý của bên nhận thế chấp (thường là ngân hàng) theo hợp đồng đã ký. Hợp đồng chuyển nhượng phải được công chứng hoặc chứng thực, sau đó đăng ký biến động tại cơ quan đăng ký đất đai; việc chuyển nhượng có hiệu lực kể từ thời điểm đăng ký vào sổ địa chính.',
      'Ông/bà nên kiểm tra tình trạng pháp lý của thửa đất tại Văn phòng đăng ký đất đai hoặc Ủy ban nhân dân cấp xã trước khi giao dịch.',
    ],
  },
  {
    field: 'dat-dai',
    cites: ['31/2024/QH15', '101/2024/NĐ-CP'],
    titles: [
      'Đất không có giấy tờ có được cấp Giấy chứng nhận?',
      'Cấp sổ đỏ cho đất ông bà để lại không có giấy tờ',
      'Sử dụng đất ổn định nhiều năm nhưng chưa có giấy tờ',
      'Thủ tục cấp Giấy chứng nhận lần đầu',
    ],
    situations: [
      'Gia đình tôi sử dụng thửa đất ở từ năm 1995, không có tranh chấp nhưng chưa từng có giấy tờ gì về đất.',
      'Ông bà tôi để lại một mảnh vườn, gia đình canh tác liên tục từ trước năm 2000 nhưng không có giấy tờ mua bán.',
      'Tôi mua đất bằng giấy viết tay từ năm 2008, đã xây nhà ở ổn định, hàng xóm đều xác nhận.',
      'Thửa đất nhà tôi chưa được cấp Giấy chứng nhận lần nào, nay tôi muốn làm thủ tục.',
    ],
    ask: 'Xin hỏi trường hợp này có được cấp Giấy chứng nhận quyền sử dụng đất không và nộp hồ sơ ở đâu?',
    answer: [
      'Luật Đất đai năm 2024 cho phép xem xét cấp Giấy chứng nhận cho hộ gia đình, cá nhân đang sử dụng đất mà không có giấy tờ về quyền sử dụng đất, nếu đất được sử dụng ổn định, không vi phạm pháp luật về đất đai, không thuộc trường hợp đất được giao không đúng thẩm quyền, phù hợp quy hoạch và được Ủy ban nhân dân cấp xã xác nhận không có tranh chấp. Thời điểm bắt đầu sử dụng đất (trước ngày 18/12/1980, từ ngày 18/12/1980 đến trước ngày 15/10/1993, từ ngày 15/10/1993 đến trước ngày 01/7/2014) ảnh hưởng đến diện tích được công nhận và nghĩa vụ tài chính.',
      'Trường hợp nhận chuyển nhượng bằng giấy tờ viết tay trước ngày 01/8/2024 mà chưa đăng ký, người đang sử dụng đất có thể được xem xét cấp Giấy chứng nhận theo quy định chuyển tiếp của Luật và Nghị định số 101/2024/NĐ-CP.',
      'Hồ sơ nộp tại bộ phận một cửa cấp xã hoặc Văn phòng đăng ký đất đai (chi nhánh) nơi có đất; có thể nộp trực tuyến qua Cổng Dịch vụ công quốc gia nếu địa phương đã triển khai.',
    ],
  },
  {
    field: 'dat-dai',
    cites: ['31/2024/QH15', '35/2013/QH13'],
    titles: [
      'Tranh chấp ranh giới đất với hàng xóm giải quyết thế nào?',
      'Hòa giải tranh chấp đất đai ở Ủy ban nhân dân cấp xã',
      'Hàng xóm xây tường lấn sang đất nhà tôi',
      'Khởi kiện tranh chấp đất đai có cần hòa giải trước?',
    ],
    situations: [
      'Nhà tôi và nhà bên cạnh có tranh chấp khoảng 1 mét đất ở phần giáp ranh, hai bên đã nói chuyện nhưng không thống nhất được.',
      'Tôi có đơn đề nghị giải quyết tranh chấp lối đi chung với gia đình bên cạnh.',
      'Gia đình bên cạnh vừa xây tường rào, tôi cho rằng tường đã lấn sang đất nhà tôi khoảng nửa mét.',
      'Tôi muốn khởi kiện ra Tòa án về việc tranh chấp quyền sử dụng đất với người em họ.',
    ],
    ask: 'Xin hỏi tôi phải làm gì và cơ quan nào có thẩm quyền giải quyết?',
    answer: [
      'Nhà nước khuyến khích các bên tranh chấp đất đai tự hòa giải hoặc hòa giải ở cơ sở theo Luật Hòa giải ở cơ sở. Nếu không hòa giải được, các bên gửi đơn đến Ủy ban nhân dân cấp xã nơi có đất để hòa giải theo <strong>Điều 235 Luật Đất đai năm 2024</strong>. Đối với tranh chấp ai là người có quyền sử dụng đất, hòa giải tại Ủy ban nhân dân cấp xã là thủ tục bắt buộc trước khi khởi kiện.',
      'Trường hợp hòa giải không thành, tranh chấp được giải quyết theo <strong>Điều 236</strong> của Luật: nếu đất đã có Giấy chứng nhận hoặc có giấy tờ về quyền sử dụng đất thì do Tòa án nhân dân giải quyết; nếu không có giấy tờ, các bên được lựa chọn nộp đơn tại Ủy ban nhân dân có thẩm quyền hoặc khởi kiện tại Tòa án.',
      'Ông/bà nên chuẩn bị các giấy tờ liên quan như Giấy chứng nhận, sơ đồ thửa đất, biên bản đo đạc và ý kiến của những người biết rõ nguồn gốc đất.',
    ],
  },
  {
    field: 'dat-dai',
    cites: ['31/2024/QH15'],
    titles: [
      'Chuyển đất vườn sang đất ở có phải xin phép?',
      'Thủ tục chuyển mục đích sử dụng đất nông nghiệp sang đất ở',
      'Muốn xây nhà trên đất trồng cây lâu năm',
    ],
    situations: [
      'Tôi có 300 m² đất vườn liền kề nhà ở, muốn chuyển 100 m² sang đất ở để xây nhà cho con trai.',
      'Gia đình tôi có thửa đất trồng cây hằng năm cạnh đường liên xã, muốn chuyển sang đất ở.',
      'Tôi được bố mẹ cho một mảnh đất trồng cây lâu năm và định xây nhà trên đó.',
    ],
    ask: 'Xin hỏi có được tự chuyển mục đích không và thủ tục thế nào?',
    answer: [
      'Việc chuyển đất nông nghiệp sang đất phi nông nghiệp, trong đó có đất ở, thuộc trường hợp phải được cơ quan nhà nước có thẩm quyền cho phép theo <strong>Điều 121 Luật Đất đai năm 2024</strong>. Người sử dụng đất không được tự ý chuyển mục đích hoặc xây dựng nhà ở trên đất nông nghiệp.',
      'Căn cứ để cho phép chuyển mục đích là quy hoạch sử dụng đất đã được phê duyệt. Hồ sơ gồm đơn đề nghị và Giấy chứng nhận, nộp tại bộ phận một cửa; sau khi được cho phép, người sử dụng đất phải nộp tiền sử dụng đất theo quy định.',
      'Ông/bà nên hỏi Ủy ban nhân dân cấp xã về quy hoạch tại vị trí thửa đất trước khi nộp hồ sơ.',
    ],
  },
  {
    field: 'dat-dai',
    cites: ['31/2024/QH15'],
    titles: [
      'Tách thửa đất để cho con',
      'Diện tích tối thiểu được tách thửa',
      'Chia đất cho các con có được tách sổ riêng?',
    ],
    situations: [
      'Tôi có một thửa đất ở 180 m² và muốn tách thành hai thửa để cho hai con.',
      'Tôi định tách một phần đất để chuyển nhượng nhưng không biết diện tích tối thiểu phải là bao nhiêu.',
      'Vợ chồng tôi muốn chia đất cho ba người con, mỗi người đứng tên một Giấy chứng nhận riêng.',
    ],
    ask: 'Xin hỏi điều kiện tách thửa được quy định ở đâu?',
    answer: [
      'Điều kiện tách thửa, hợp thửa được quy định tại <strong>Điều 220 Luật Đất đai năm 2024</strong>, như thửa đất đã được cấp Giấy chứng nhận, còn thời hạn sử dụng, không có tranh chấp, không bị kê biên và bảo đảm lối đi.',
      'Diện tích tối thiểu của thửa đất sau khi tách do Ủy ban nhân dân cấp tỉnh quy định, phù hợp với điều kiện từng địa phương. Ông/bà cần tra cứu quyết định của Ủy ban nhân dân tỉnh, thành phố nơi có đất (được đăng trong mục Văn bản của trang này).',
      'Hồ sơ tách thửa nộp tại bộ phận một cửa hoặc Văn phòng đăng ký đất đai; nếu tách thửa để tặng cho con thì hợp đồng tặng cho cần được công chứng, chứng thực.',
    ],
  },
  // Hôn nhân và gia đình
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13', '60/2014/QH13'],
    titles: [
      'Độ tuổi được đăng ký kết hôn',
      'Con gái 17 tuổi có được lấy chồng?',
      'Điều kiện kết hôn theo quy định hiện hành',
      'Đăng ký kết hôn ở đâu?',
    ],
    situations: [
      'Con trai tôi năm nay 19 tuổi, đã có bạn gái và hai gia đình muốn tổ chức đám cưới.',
      'Ở bản tôi có gia đình định tổ chức cưới cho con gái mới 17 tuổi.',
      'Tôi và bạn trai dự định kết hôn vào cuối năm nay.',
      'Tôi thường trú ở xã này, còn vợ sắp cưới của tôi thường trú ở tỉnh khác.',
    ],
    ask: 'Xin hỏi điều kiện kết hôn và thủ tục đăng ký kết hôn như thế nào?',
    answer: [
      'Theo <strong>Điều 8 Luật Hôn nhân và gia đình năm 2014</strong>, nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên mới được kết hôn; việc kết hôn do hai bên tự nguyện quyết định; không bị mất năng lực hành vi dân sự và không thuộc các trường hợp cấm kết hôn (như kết hôn giả tạo, tảo hôn, người đang có vợ hoặc có chồng, kết hôn giữa những người cùng dòng máu về trực hệ hoặc có họ trong phạm vi ba đời).',
      'Lấy vợ, lấy chồng khi chưa đủ tuổi là tảo hôn, bị nghiêm cấm và có thể bị xử lý theo quy định.',
      'Theo Luật Hộ tịch, hai bên nộp hồ sơ đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên; khi đăng ký, cả hai phải có mặt để ký vào Giấy chứng nhận kết hôn.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13'],
    titles: [
      'Ai được nuôi con sau khi ly hôn?',
      'Quyền nuôi con dưới 36 tháng tuổi khi ly hôn',
      'Con 8 tuổi có được chọn ở với bố hay mẹ?',
      'Giành quyền nuôi con khi ly hôn',
    ],
    situations: [
      'Vợ chồng tôi đang làm thủ tục ly hôn, chúng tôi có một con chung 5 tuổi.',
      'Tôi đang nuôi con nhỏ 20 tháng tuổi và chồng tôi yêu cầu ly hôn, đòi nuôi con.',
      'Chúng tôi chuẩn bị ly hôn, con trai 8 tuổi nói muốn ở với bố.',
      'Tôi làm công nhân, thu nhập ổn định; vợ tôi muốn ly hôn và giành quyền nuôi cả hai con.',
    ],
    ask: 'Xin hỏi pháp luật quy định thế nào về việc giao con cho ai trực tiếp nuôi?',
    answer: [
      'Theo <strong>Điều 81 Luật Hôn nhân và gia đình năm 2014</strong>, vợ chồng thỏa thuận về người trực tiếp nuôi con; nếu không thỏa thuận được, Tòa án quyết định giao con cho một bên trực tiếp nuôi căn cứ vào quyền lợi về mọi mặt của con. Nếu con từ đủ 07 tuổi trở lên thì phải xem xét nguyện vọng của con.',
      'Con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi, trừ trường hợp người mẹ không đủ điều kiện để trực tiếp trông nom, chăm sóc, nuôi dưỡng, giáo dục con hoặc cha mẹ có thỏa thuận khác phù hợp với lợi ích của con.',
      'Người không trực tiếp nuôi con có nghĩa vụ cấp dưỡng và có quyền thăm nom con; không ai được cản trở quyền này (Điều 82).',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13'],
    titles: [
      'Nghĩa vụ cấp dưỡng nuôi con sau ly hôn',
      'Chồng cũ không chịu cấp dưỡng cho con',
      'Mức cấp dưỡng nuôi con được xác định thế nào?',
    ],
    situations: [
      'Tôi ly hôn được hai năm, đang nuôi con 6 tuổi nhưng chồng cũ không đóng góp tiền nuôi con.',
      'Theo bản án ly hôn, chồng cũ phải cấp dưỡng hằng tháng nhưng gần một năm nay anh ấy không thực hiện.',
      'Tôi sắp ly hôn và muốn biết mức cấp dưỡng cho con được tính như thế nào.',
    ],
    ask: 'Xin hỏi tôi có thể làm gì để bảo đảm quyền lợi của con?',
    answer: [
      'Cha, mẹ có nghĩa vụ cấp dưỡng cho con chưa thành niên, con đã thành niên không có khả năng lao động và không có tài sản để tự nuôi mình trong trường hợp không sống chung với con (Điều 110 Luật Hôn nhân và gia đình năm 2014). Mức cấp dưỡng do các bên thỏa thuận căn cứ vào thu nhập, khả năng thực tế của người cấp dưỡng và nhu cầu thiết yếu của con; nếu không thỏa thuận được thì yêu cầu Tòa án giải quyết.',
      'Nếu bản án, quyết định của Tòa án đã có hiệu lực mà người phải cấp dưỡng không tự nguyện thi hành, bà có quyền làm đơn yêu cầu cơ quan thi hành án dân sự có thẩm quyền tổ chức thi hành.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13'],
    titles: [
      'Nhà bố mẹ tặng cho riêng trong thời kỳ hôn nhân là tài sản của ai?',
      'Đất chồng được thừa kế riêng có phải chia khi ly hôn?',
      'Phân biệt tài sản chung và tài sản riêng của vợ chồng',
    ],
    situations: [
      'Trong thời kỳ hôn nhân, tôi được bố mẹ đẻ tặng cho riêng một căn nhà, hợp đồng tặng cho chỉ đứng tên tôi.',
      'Vợ chồng tôi đang ly hôn; chồng tôi có một mảnh đất được thừa kế riêng từ trước khi cưới.',
      'Tôi muốn biết những tài sản nào là tài sản chung của vợ chồng.',
    ],
    ask: 'Xin hỏi tài sản này là tài sản chung hay tài sản riêng?',
    answer: [
      'Theo <strong>Điều 33 Luật Hôn nhân và gia đình năm 2014</strong>, tài sản chung của vợ chồng gồm tài sản do vợ, chồng tạo ra, thu nhập do lao động, sản xuất, kinh doanh trong thời kỳ hôn nhân, tài sản được thừa kế chung hoặc tặng cho chung và tài sản khác mà vợ chồng thỏa thuận là tài sản chung.',
      'Theo <strong>Điều 43</strong>, tài sản mà mỗi người có trước khi kết hôn, tài sản được thừa kế riêng, được tặng cho riêng trong thời kỳ hôn nhân là tài sản riêng của người đó, trừ khi người đó đã nhập vào tài sản chung. Trong trường hợp có tranh chấp mà không chứng minh được là tài sản riêng thì tài sản đó được coi là tài sản chung.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13'],
    titles: [
      'Chồng có được ly hôn khi vợ đang mang thai?',
      'Vợ đang nuôi con nhỏ, chồng đòi ly hôn',
    ],
    situations: [
      'Tôi đang mang thai tháng thứ năm thì chồng nộp đơn yêu cầu ly hôn.',
      'Tôi vừa sinh con được 8 tháng, chồng tôi muốn đơn phương ly hôn.',
    ],
    ask: 'Xin hỏi Tòa án có giải quyết yêu cầu ly hôn của chồng tôi không?',
    answer: [
      'Theo khoản 3 <strong>Điều 51 Luật Hôn nhân và gia đình năm 2014</strong>, chồng không có quyền yêu cầu ly hôn trong trường hợp vợ đang có thai, sinh con hoặc đang nuôi con dưới 12 tháng tuổi.',
      'Quy định này không áp dụng với người vợ: người vợ trong các trường hợp trên vẫn có quyền yêu cầu ly hôn. Sau khi con đủ 12 tháng tuổi, người chồng có thể thực hiện quyền yêu cầu ly hôn theo quy định.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['13/2022/QH15'],
    titles: [
      'Bị chồng đánh thì báo cho ai?',
      'Biện pháp cấm tiếp xúc trong phòng, chống bạo lực gia đình',
      'Hàng xóm thường xuyên bị bạo lực gia đình',
    ],
    situations: [
      'Chồng tôi hay uống rượu và nhiều lần đánh, chửi tôi trước mặt các con.',
      'Em gái tôi nhiều lần bị chồng đe dọa, không cho ra khỏi nhà và kiểm soát toàn bộ thu nhập.',
      'Nhà hàng xóm tôi thường xuyên có tiếng đánh đập, người vợ có vết bầm tím.',
    ],
    ask: 'Xin hỏi trong trường hợp này cần báo cho ai và người bị bạo lực được bảo vệ thế nào?',
    answer: [
      'Luật Phòng, chống bạo lực gia đình năm 2022 quy định các hành vi bạo lực gia đình, trong đó có hành hạ, ngược đãi, đánh đập, đe dọa, cô lập, kiểm soát thu nhập nhằm tạo ra sự lệ thuộc về tài chính. Khi phát hiện, người dân có thể báo tin cho cơ quan công an, Ủy ban nhân dân cấp xã, người đứng đầu cộng đồng dân cư hoặc qua tổng đài tiếp nhận tin báo.',
      'Người bị bạo lực gia đình có thể được áp dụng các biện pháp như buộc chấm dứt hành vi bạo lực, cấm tiếp xúc, bố trí nơi tạm lánh, hỗ trợ y tế, tư vấn tâm lý và trợ giúp pháp lý. Trường hợp hành vi có dấu hiệu tội phạm, cơ quan có thẩm quyền sẽ xem xét xử lý hình sự.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['60/2014/QH13', '123/2015/NĐ-CP'],
    titles: [
      'Thời hạn đăng ký khai sinh cho con',
      'Đăng ký khai sinh quá hạn có bị phạt?',
      'Khai sinh cho con khi bố mẹ chưa đăng ký kết hôn',
    ],
    situations: [
      'Vợ tôi vừa sinh con được một tháng, chúng tôi chưa kịp làm giấy khai sinh.',
      'Con tôi đã được 4 tháng nhưng do đi làm xa nên tôi chưa đăng ký khai sinh cho cháu.',
      'Tôi và bạn trai chưa đăng ký kết hôn nhưng đã có con chung, nay muốn làm giấy khai sinh cho con.',
    ],
    ask: 'Xin hỏi thời hạn và nơi đăng ký khai sinh được quy định thế nào?',
    answer: [
      'Theo <strong>Điều 15 Luật Hộ tịch năm 2014</strong>, trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em có trách nhiệm đăng ký khai sinh.',
      'Việc đăng ký khai sinh thực hiện tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ, có thể nộp hồ sơ trực tuyến. Trường hợp cha, mẹ chưa đăng ký kết hôn, có thể kết hợp đăng ký khai sinh và nhận cha, con theo quy định. Quá thời hạn vẫn được đăng ký khai sinh; việc xử phạt (nếu có) thực hiện theo quy định về xử phạt vi phạm hành chính, người dân nên liên hệ công chức tư pháp – hộ tịch để được hướng dẫn cụ thể.',
    ],
  },
  // Dân sự
  {
    field: 'dan-su',
    cites: ['91/2015/QH13'],
    titles: [
      'Bố mất không để lại di chúc thì chia thừa kế thế nào?',
      'Hàng thừa kế thứ nhất gồm những ai?',
      'Con riêng có được hưởng thừa kế không?',
      'Cháu có được hưởng thừa kế khi bố mất trước ông?',
    ],
    situations: [
      'Bố tôi mất năm ngoái, không để lại di chúc; mẹ tôi còn sống và chúng tôi có bốn anh chị em.',
      'Mẹ tôi qua đời để lại một căn nhà, gia đình chưa thống nhất được việc phân chia.',
      'Bố tôi có một người con riêng với vợ trước; nay bố mất không để lại di chúc.',
      'Ông nội tôi mất, để lại mảnh đất đứng tên ông; bố tôi đã mất trước ông.',
    ],
    ask: 'Xin hỏi di sản được chia như thế nào?',
    answer: [
      'Khi không có di chúc, di sản được chia theo pháp luật (Điều 650 Bộ luật Dân sự năm 2015). Theo <strong>Điều 651</strong>, hàng thừa kế thứ nhất gồm: vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi, con đẻ, con nuôi của người chết. Những người cùng hàng được hưởng phần di sản bằng nhau; con riêng là con đẻ nên cũng thuộc hàng thừa kế thứ nhất.',
      'Trường hợp con của người để lại di sản chết trước hoặc cùng thời điểm với người để lại di sản thì cháu được hưởng phần di sản mà cha hoặc mẹ của cháu được hưởng nếu còn sống (thừa kế thế vị, Điều 652).',
      'Các đồng thừa kế có thể lập văn bản thỏa thuận phân chia di sản tại tổ chức hành nghề công chứng; nếu không thỏa thuận được, có thể yêu cầu Tòa án giải quyết. Thời hiệu yêu cầu chia di sản là 30 năm đối với bất động sản, 10 năm đối với động sản, kể từ thời điểm mở thừa kế (Điều 623).',
    ],
  },
  {
    field: 'dan-su',
    cites: ['91/2015/QH13'],
    titles: [
      'Người cao tuổi tự viết di chúc được không?',
      'Di chúc viết tay không công chứng có giá trị không?',
      'Điều kiện để di chúc có hiệu lực',
    ],
    situations: [
      'Mẹ tôi đã lớn tuổi, muốn tự viết di chúc để lại nhà cho các con.',
      'Ông tôi để lại di chúc viết tay có chữ ký, không có người làm chứng, không công chứng.',
      'Tôi muốn lập di chúc cho phần tài sản của mình nhưng không biết thủ tục.',
    ],
    ask: 'Xin hỏi di chúc như thế nào thì hợp pháp?',
    answer: [
      'Theo <strong>Điều 630 Bộ luật Dân sự năm 2015</strong>, di chúc hợp pháp khi người lập di chúc minh mẫn, sáng suốt, không bị lừa dối, đe dọa, cưỡng ép; nội dung không vi phạm điều cấm của luật, không trái đạo đức xã hội; hình thức không trái quy định của luật.',
      'Di chúc bằng văn bản không có người làm chứng phải do người lập di chúc tự viết và ký vào bản di chúc. Di chúc không bắt buộc phải công chứng, chứng thực, nhưng việc công chứng giúp hạn chế tranh chấp sau này.',
      'Lưu ý: một số người như con chưa thành niên, cha, mẹ, vợ, chồng, con đã thành niên mà không có khả năng lao động vẫn được hưởng phần di sản bằng hai phần ba suất của một người thừa kế theo pháp luật dù không được di chúc cho hưởng (Điều 644).',
    ],
  },
  {
    field: 'dan-su',
    cites: ['91/2015/QH13'],
    titles: [
      'Lãi suất cho vay giữa cá nhân tối đa bao nhiêu?',
      'Bị đòi lãi cao hơn thỏa thuận khi vay tiền',
      'Người vay không trả nợ đúng hạn',
    ],
    situations: [
      'Tôi cho người quen vay 50 triệu đồng, hai bên thỏa thuận lãi 5% một tháng.',
      'Tôi vay tiền của một người trong xóm, nay họ đòi lãi rất cao so với thỏa thuận ban đầu.',
      'Người vay tiền của tôi đã quá hạn trả nợ nửa năm mà không trả.',
    ],
    ask: 'Xin hỏi pháp luật giới hạn lãi suất và cách giải quyết như thế nào?',
    answer: [
      'Theo <strong>Điều 468 Bộ luật Dân sự năm 2015</strong>, lãi suất vay do các bên thỏa thuận nhưng không được vượt quá 20%/năm của khoản tiền vay, trừ trường hợp luật khác có liên quan quy định khác. Trường hợp lãi suất thỏa thuận vượt quá mức này thì mức lãi suất vượt quá không có hiệu lực. Cho vay với lãi suất gấp nhiều lần mức cao nhất theo quy định, thu lợi bất chính lớn, có thể bị xử lý hình sự.',
      'Nếu bên vay không trả nợ đúng hạn, bên cho vay có thể thương lượng, hòa giải hoặc khởi kiện yêu cầu Tòa án giải quyết; nên giữ giấy vay nợ, chứng từ chuyển khoản và tin nhắn liên quan làm chứng cứ.',
    ],
  },
  {
    field: 'dan-su',
    cites: ['91/2015/QH13'],
    titles: [
      'Bồi thường thiệt hại khi cây đổ vào nhà hàng xóm',
      'Vật nuôi gây thiệt hại thì ai bồi thường?',
      'Con chưa thành niên gây thiệt hại, cha mẹ có phải bồi thường?',
    ],
    situations: [
      'Cây trong vườn nhà tôi bị đổ trong một cơn giông, làm hỏng mái tôn nhà bên cạnh.',
      'Con chó nhà hàng xóm cắn con tôi bị thương, phải đi tiêm phòng và điều trị.',
      'Con trai tôi 14 tuổi đi xe đạp va vào xe máy đang đỗ của người khác, làm vỡ đèn xe.',
    ],
    ask: 'Xin hỏi trách nhiệm bồi thường được xác định thế nào?',
    answer: [
      'Theo <strong>Điều 584 Bộ luật Dân sự năm 2015</strong>, người nào có hành vi xâm phạm tính mạng, sức khỏe, tài sản của người khác mà gây thiệt hại thì phải bồi thường. Chủ sở hữu, người chiếm hữu súc vật, cây cối có trách nhiệm bồi thường thiệt hại do súc vật, cây cối gây ra theo các quy định cụ thể của Bộ luật.',
      'Người chưa đủ 15 tuổi gây thiệt hại mà còn cha, mẹ thì cha, mẹ phải bồi thường toàn bộ thiệt hại; nếu tài sản của cha, mẹ không đủ mà con có tài sản riêng thì lấy tài sản đó để bồi thường phần còn thiếu.',
      'Các bên nên thương lượng mức bồi thường; có thể đề nghị tổ hòa giải ở khu dân cư hỗ trợ. Nếu không thỏa thuận được, có quyền khởi kiện tại Tòa án.',
    ],
  },
  {
    field: 'dan-su',
    cites: ['19/2023/QH15'],
    titles: [
      'Mua hàng online bị giao sai, người bán không đổi trả',
      'Mua hàng qua mạng xã hội không giống quảng cáo',
      'Cửa hàng từ chối bảo hành sản phẩm mới mua',
    ],
    situations: [
      'Tôi đặt mua một chiếc nồi cơm điện trên mạng, khi nhận hàng thì bị lỗi nhưng người bán không chịu đổi.',
      'Tôi mua thực phẩm chức năng qua một trang mạng xã hội, sản phẩm không giống quảng cáo.',
      'Tôi mua điện thoại tại cửa hàng, mới dùng một tuần đã hỏng nhưng cửa hàng từ chối bảo hành.',
    ],
    ask: 'Xin hỏi tôi có thể làm gì để bảo vệ quyền lợi của mình?',
    answer: [
      'Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 quy định người tiêu dùng có quyền được cung cấp thông tin chính xác, đầy đủ về hàng hóa; được bồi thường thiệt hại khi hàng hóa có khuyết tật hoặc không đúng cam kết. Tổ chức, cá nhân kinh doanh, kể cả kinh doanh trên không gian mạng, có trách nhiệm bảo hành, đổi trả theo cam kết và theo quy định.',
      'Ông/bà nên giữ hóa đơn, tin nhắn, hình ảnh sản phẩm và yêu cầu người bán giải quyết. Nếu không được giải quyết, có thể lựa chọn thương lượng, hòa giải, gửi yêu cầu đến cơ quan quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng hoặc khởi kiện tại Tòa án.',
    ],
  },
  // Lao động
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14'],
    titles: [
      'Nghỉ việc phải báo trước bao nhiêu ngày?',
      'Đơn phương chấm dứt hợp đồng lao động đúng luật',
      'Nghỉ việc không báo trước có bị mất lương?',
      'Thời hạn báo trước khi nghỉ việc',
    ],
    situations: [
      'Tôi làm việc theo hợp đồng lao động không xác định thời hạn tại một công ty may, nay muốn nghỉ để về quê.',
      'Tôi ký hợp đồng 24 tháng với công ty và đã làm được 10 tháng, nay tìm được việc mới.',
      'Công ty không trả lương đúng hạn đã ba tháng liền, tôi muốn nghỉ ngay.',
      'Tôi đang làm hợp đồng 12 tháng, do gia đình có việc nên muốn nghỉ trước thời hạn.',
    ],
    ask: 'Xin hỏi tôi phải báo trước bao nhiêu ngày để nghỉ việc đúng luật?',
    answer: [
      'Theo <strong>Điều 35 Bộ luật Lao động năm 2019</strong>, người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước: ít nhất 45 ngày nếu làm việc theo hợp đồng không xác định thời hạn; ít nhất 30 ngày nếu hợp đồng xác định thời hạn từ 12 tháng đến 36 tháng; ít nhất 03 ngày làm việc nếu hợp đồng xác định thời hạn dưới 12 tháng.',
      'Người lao động được nghỉ không cần báo trước trong một số trường hợp, như không được trả đủ lương hoặc trả lương không đúng thời hạn (trừ trường hợp bất khả kháng), bị ngược đãi, cưỡng bức lao động, bị quấy rối tình dục tại nơi làm việc.',
      'Nếu nghỉ việc trái pháp luật, người lao động không được trợ cấp thôi việc, phải bồi thường nửa tháng tiền lương và một khoản tiền tương ứng với tiền lương trong những ngày không báo trước. Dù vậy, người sử dụng lao động vẫn phải thanh toán tiền lương cho những ngày người lao động đã làm việc.',
    ],
  },
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14'],
    titles: [
      'Thời gian thử việc tối đa là bao lâu?',
      'Lương thử việc được bao nhiêu?',
      'Công ty kéo dài thời gian thử việc',
    ],
    situations: [
      'Tôi vừa tốt nghiệp cao đẳng, được một công ty nhận vào làm và yêu cầu thử việc 3 tháng.',
      'Công ty trả lương thử việc cho tôi bằng 70% lương chính thức.',
      'Tôi làm công việc phổ thông, đã thử việc 2 tháng mà công ty vẫn chưa ký hợp đồng.',
    ],
    ask: 'Xin hỏi công ty làm như vậy có đúng không?',
    answer: [
      'Theo <strong>Điều 25 Bộ luật Lao động năm 2019</strong>, thời gian thử việc chỉ được thử việc một lần đối với một công việc và không quá: 180 ngày đối với người quản lý doanh nghiệp; 60 ngày đối với công việc cần trình độ chuyên môn từ cao đẳng trở lên; 30 ngày đối với công việc cần trình độ trung cấp, công nhân kỹ thuật, nhân viên nghiệp vụ; 06 ngày làm việc đối với công việc khác.',
      'Theo <strong>Điều 26</strong>, tiền lương thử việc do hai bên thỏa thuận nhưng ít nhất phải bằng 85% mức lương của công việc đó. Hết thời gian thử việc, người sử dụng lao động phải thông báo kết quả; nếu đạt yêu cầu thì tiếp tục thực hiện hợp đồng hoặc giao kết hợp đồng lao động.',
    ],
  },
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14'],
    titles: [
      'Làm thêm giờ được trả lương thế nào?',
      'Số giờ làm thêm tối đa trong tháng',
      'Làm việc ngày lễ được tính lương ra sao?',
    ],
    situations: [
      'Công ty tôi thường xuyên yêu cầu công nhân làm thêm 3 đến 4 giờ mỗi ngày, kể cả Chủ nhật.',
      'Tháng vừa rồi tôi làm thêm gần 60 giờ do đơn hàng gấp.',
      'Tôi làm bảo vệ, phải trực vào ngày Quốc khánh 2/9.',
    ],
    ask: 'Xin hỏi pháp luật quy định về làm thêm giờ và tiền lương làm thêm như thế nào?',
    answer: [
      'Theo <strong>Điều 107 Bộ luật Lao động năm 2019</strong>, việc làm thêm giờ phải được sự đồng ý của người lao động; số giờ làm thêm không quá 50% số giờ làm việc bình thường trong 01 ngày, không quá 40 giờ trong 01 tháng và không quá 200 giờ trong 01 năm (một số ngành, nghề được làm thêm đến 300 giờ trong 01 năm).',
      'Theo <strong>Điều 98</strong>, tiền lương làm thêm giờ ít nhất bằng 150% vào ngày thường, 200% vào ngày nghỉ hằng tuần, 300% vào ngày nghỉ lễ, tết, ngày nghỉ có hưởng lương (chưa kể tiền lương của ngày lễ, tết đối với người hưởng lương ngày).',
    ],
  },
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14'],
    titles: ['Trợ cấp thôi việc được tính thế nào?', 'Nghỉ việc có được trợ cấp thôi việc không?'],
    situations: [
      'Tôi làm việc cho công ty được 6 năm, nay hai bên thỏa thuận chấm dứt hợp đồng.',
      'Tôi làm việc tại một doanh nghiệp tư nhân từ năm 2012, trong đó có một số năm công ty không đóng bảo hiểm thất nghiệp cho tôi.',
    ],
    ask: 'Xin hỏi tôi có được trợ cấp thôi việc không và tính ra sao?',
    answer: [
      'Theo <strong>Điều 46 Bộ luật Lao động năm 2019</strong>, khi hợp đồng lao động chấm dứt theo một số trường hợp luật định (như hết hạn, hoàn thành công việc, hai bên thỏa thuận chấm dứt, người lao động đơn phương chấm dứt đúng luật), người sử dụng lao động có trách nhiệm trả trợ cấp thôi việc cho người lao động đã làm việc thường xuyên từ đủ 12 tháng trở lên, mỗi năm làm việc được trợ cấp một nửa tháng tiền lương.',
      'Thời gian làm việc để tính trợ cấp thôi việc là tổng thời gian thực tế làm việc trừ đi thời gian đã tham gia bảo hiểm thất nghiệp và thời gian đã được chi trả trợ cấp thôi việc, trợ cấp mất việc làm trước đó. Tiền lương để tính là tiền lương bình quân của 06 tháng liền kề trước khi nghỉ việc.',
    ],
  },
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14'],
    titles: [
      'Số ngày nghỉ phép năm của người lao động',
      'Không nghỉ hết phép năm có được trả tiền?',
    ],
    situations: [
      'Tôi làm việc văn phòng tại một doanh nghiệp được 3 năm.',
      'Năm nay do công việc nhiều nên tôi chưa nghỉ hết số ngày phép, sắp tới tôi nghỉ việc.',
    ],
    ask: 'Xin hỏi tôi được nghỉ hằng năm bao nhiêu ngày và những ngày chưa nghỉ được giải quyết thế nào?',
    answer: [
      'Theo <strong>Điều 113 Bộ luật Lao động năm 2019</strong>, người lao động làm việc đủ 12 tháng cho một người sử dụng lao động được nghỉ hằng năm, hưởng nguyên lương 12 ngày làm việc đối với người làm công việc trong điều kiện bình thường; cứ đủ 05 năm làm việc thì số ngày nghỉ hằng năm được tăng thêm 01 ngày (Điều 114).',
      'Trường hợp do thôi việc, bị mất việc làm mà chưa nghỉ hằng năm hoặc chưa nghỉ hết số ngày nghỉ hằng năm thì được người sử dụng lao động thanh toán tiền lương cho những ngày chưa nghỉ.',
    ],
  },
  // Bảo hiểm xã hội
  {
    field: 'bao-hiem-xa-hoi',
    cites: ['41/2024/QH15'],
    titles: [
      'Đóng bảo hiểm xã hội bao nhiêu năm thì được hưởng lương hưu?',
      'Điều kiện hưởng lương hưu theo luật mới',
      'Đã đóng 16 năm bảo hiểm xã hội có được lương hưu?',
      'Thời gian đóng tối thiểu để hưởng lương hưu',
    ],
    situations: [
      'Tôi năm nay 56 tuổi, đã đóng bảo hiểm xã hội bắt buộc được 17 năm.',
      'Tôi nghe nói từ tháng 7/2025 điều kiện hưởng lương hưu có thay đổi.',
      'Tôi làm công nhân, đã đóng bảo hiểm xã hội được 16 năm và sắp đến tuổi nghỉ hưu.',
      'Mẹ tôi tham gia bảo hiểm xã hội tự nguyện đã được 15 năm.',
    ],
    ask: 'Xin hỏi tôi có đủ điều kiện hưởng lương hưu không?',
    answer: [
      'Luật Bảo hiểm xã hội năm 2024, có hiệu lực từ ngày 01/7/2025, giảm số năm đóng bảo hiểm xã hội tối thiểu để hưởng lương hưu từ 20 năm xuống <strong>15 năm</strong>. Người lao động khi nghỉ việc, đủ tuổi nghỉ hưu theo quy định của Bộ luật Lao động và có từ đủ 15 năm đóng bảo hiểm xã hội trở lên thì được hưởng lương hưu; mức hưởng phụ thuộc vào số năm đóng và mức bình quân tiền lương làm căn cứ đóng.',
      'Tuổi nghỉ hưu trong điều kiện lao động bình thường được điều chỉnh theo lộ trình của Bộ luật Lao động năm 2019. Ông/bà nên liên hệ cơ quan bảo hiểm xã hội nơi cư trú hoặc tra cứu quá trình đóng trên ứng dụng của Bảo hiểm xã hội Việt Nam để được tính toán cụ thể.',
    ],
  },
  {
    field: 'bao-hiem-xa-hoi',
    cites: ['41/2024/QH15'],
    titles: [
      'Rút bảo hiểm xã hội một lần theo luật mới',
      'Nghỉ việc có được nhận bảo hiểm xã hội một lần?',
      'Điều kiện hưởng bảo hiểm xã hội một lần',
    ],
    situations: [
      'Tôi đã đóng bảo hiểm xã hội được 8 năm, nay nghỉ việc ở công ty và muốn rút một lần.',
      'Tôi bắt đầu đi làm và đóng bảo hiểm xã hội từ năm 2021, nay nghỉ việc về quê buôn bán.',
      'Chồng tôi nghỉ việc đã hơn một năm, không đóng bảo hiểm xã hội tiếp và muốn nhận tiền một lần.',
    ],
    ask: 'Xin hỏi theo quy định hiện hành tôi có được hưởng bảo hiểm xã hội một lần không?',
    answer: [
      'Luật Bảo hiểm xã hội năm 2024 quy định cụ thể các trường hợp được hưởng bảo hiểm xã hội một lần, trong đó có quy định chuyển tiếp riêng cho người đã tham gia bảo hiểm xã hội trước ngày 01/7/2025 và sau 12 tháng không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc, không tham gia bảo hiểm xã hội tự nguyện. Với người bắt đầu tham gia từ ngày 01/7/2025, điều kiện hưởng một lần chặt chẽ hơn.',
      'Cần cân nhắc kỹ trước khi nhận một lần: khi bảo lưu thời gian đóng, người lao động có cơ hội đủ 15 năm để hưởng lương hưu và được hưởng bảo hiểm y tế do quỹ bảo hiểm xã hội đóng khi nghỉ hưu. Ông/bà nên liên hệ cơ quan bảo hiểm xã hội nơi cư trú để được kiểm tra điều kiện cụ thể.',
    ],
  },
  {
    field: 'bao-hiem-xa-hoi',
    cites: ['41/2024/QH15'],
    titles: [
      'Chồng có được nghỉ khi vợ sinh con?',
      'Chế độ thai sản cho lao động nam',
      'Vợ không tham gia bảo hiểm xã hội, chồng có được trợ cấp khi sinh con?',
    ],
    situations: [
      'Vợ tôi sắp sinh con đầu lòng, tôi đang làm việc và đóng bảo hiểm xã hội tại công ty.',
      'Vợ tôi vừa sinh đôi bằng phương pháp phẫu thuật.',
      'Tôi là công nhân, vợ tôi không đi làm và sắp sinh con.',
    ],
    ask: 'Xin hỏi tôi có được nghỉ hưởng chế độ thai sản không?',
    answer: [
      'Lao động nam đang đóng bảo hiểm xã hội bắt buộc khi vợ sinh con được nghỉ việc hưởng chế độ thai sản. Số ngày nghỉ phụ thuộc vào trường hợp sinh thường, sinh phải phẫu thuật, sinh đôi trở lên; thời gian nghỉ được thực hiện trong khoảng thời gian luật định kể từ ngày vợ sinh con. Luật Bảo hiểm xã hội năm 2024 tiếp tục quy định chế độ này và cho phép nghỉ không liên tục.',
      'Ngoài ra, trường hợp chỉ có cha tham gia bảo hiểm xã hội thì cha có thể được trợ cấp một lần khi vợ sinh con nếu đủ điều kiện về thời gian đóng. Ông nên liên hệ bộ phận nhân sự của công ty để lập hồ sơ đề nghị hưởng.',
    ],
  },
  {
    field: 'bao-hiem-xa-hoi',
    cites: ['41/2024/QH15'],
    titles: [
      'Tham gia bảo hiểm xã hội tự nguyện có lợi gì?',
      'Người làm nghề tự do có được đóng bảo hiểm xã hội?',
      'Mức hỗ trợ đóng bảo hiểm xã hội tự nguyện',
    ],
    situations: [
      'Tôi bán hàng tại chợ, không có hợp đồng lao động, muốn sau này có lương hưu.',
      'Tôi làm nông, thu nhập không ổn định nhưng muốn tham gia bảo hiểm xã hội.',
      'Gia đình tôi thuộc hộ cận nghèo, tôi muốn đóng bảo hiểm xã hội tự nguyện.',
    ],
    ask: 'Xin hỏi tôi có được tham gia bảo hiểm xã hội tự nguyện không và được hưởng những chế độ gì?',
    answer: [
      'Công dân Việt Nam từ đủ 15 tuổi trở lên không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc có thể tham gia bảo hiểm xã hội tự nguyện. Theo Luật Bảo hiểm xã hội năm 2024, người tham gia bảo hiểm xã hội tự nguyện được hưởng chế độ hưu trí, tử tuất, trợ cấp thai sản và có thể tham gia bảo hiểm tai nạn lao động tự nguyện.',
      'Người tham gia được chọn mức thu nhập làm căn cứ đóng và phương thức đóng (hằng tháng, 3 tháng, 6 tháng, 12 tháng…). Nhà nước hỗ trợ một phần tiền đóng theo tỷ lệ cao hơn cho người thuộc hộ nghèo, hộ cận nghèo; nhiều địa phương hỗ trợ thêm. Ông/bà có thể đăng ký tại cơ quan bảo hiểm xã hội hoặc đại lý thu tại xã, phường.',
    ],
  },
  // Giao thông
  {
    field: 'giao-thong',
    cites: ['36/2024/QH15', '168/2024/NĐ-CP'],
    titles: [
      'Uống một cốc bia rồi lái xe máy có bị phạt?',
      'Mức phạt nồng độ cồn đối với xe máy',
      'Lái ô tô sau khi uống rượu bị xử lý thế nào?',
      'Đã ăn uống từ tối hôm trước, sáng hôm sau lái xe bị đo nồng độ cồn',
    ],
    situations: [
      'Tôi đi ăn cỗ, uống một cốc bia rồi đi xe máy về nhà cách đó 2 km.',
      'Em trai tôi bị kiểm tra và phát hiện có nồng độ cồn khi điều khiển xe máy.',
      'Tôi lái ô tô chở gia đình sau bữa tiệc cưới có uống rượu.',
      'Tối hôm trước tôi uống rượu, sáng hôm sau đi làm bằng xe máy và bị kiểm tra.',
    ],
    ask: 'Xin hỏi trường hợp này bị xử lý như thế nào?',
    answer: [
      'Theo <strong>Luật Trật tự, an toàn giao thông đường bộ năm 2024</strong>, nghiêm cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn. Như vậy, chỉ cần phát hiện có nồng độ cồn là vi phạm, không phụ thuộc vào lượng đã uống hay thời điểm uống.',
      '<strong>Nghị định số 168/2024/NĐ-CP</strong> quy định mức phạt tiền tăng theo ba mức nồng độ cồn, kèm theo trừ điểm giấy phép lái xe hoặc tước quyền sử dụng giấy phép lái xe. Đối với người điều khiển ô tô, mức phạt cao nhất là từ 30 đến 40 triệu đồng. Phương tiện có thể bị tạm giữ để ngăn chặn vi phạm.',
      'Khuyến cáo: “Đã uống rượu, bia – không lái xe”; hãy sử dụng dịch vụ vận tải hoặc nhờ người không uống rượu bia đưa về.',
    ],
  },
  {
    field: 'giao-thong',
    cites: ['36/2024/QH15', '168/2024/NĐ-CP'],
    titles: [
      'Giấy phép lái xe bị trừ điểm thì có được phục hồi?',
      'Bị trừ hết 12 điểm giấy phép lái xe',
      'Cách tra cứu điểm giấy phép lái xe',
    ],
    situations: [
      'Tôi bị xử phạt vì vượt đèn đỏ và bị trừ điểm giấy phép lái xe.',
      'Bạn tôi là tài xế xe tải, đã bị trừ điểm nhiều lần trong năm.',
      'Tôi muốn biết giấy phép lái xe của mình còn bao nhiêu điểm.',
    ],
    ask: 'Xin hỏi quy định về điểm giấy phép lái xe như thế nào?',
    answer: [
      'Theo <strong>Luật Trật tự, an toàn giao thông đường bộ năm 2024</strong>, điểm của giấy phép lái xe dùng để quản lý việc chấp hành pháp luật của người lái xe, gồm 12 điểm. Số điểm bị trừ mỗi lần vi phạm tùy theo tính chất, mức độ của hành vi, được quy định tại Nghị định số 168/2024/NĐ-CP.',
      'Giấy phép lái xe chưa bị trừ hết điểm và không bị trừ điểm trong thời hạn 12 tháng kể từ ngày bị trừ điểm gần nhất thì được phục hồi đủ 12 điểm. Trường hợp bị trừ hết điểm, người lái xe không được điều khiển phương tiện theo giấy phép đó; sau ít nhất 06 tháng kể từ ngày bị trừ hết điểm, người lái xe được tham gia kiểm tra kiến thức pháp luật do cơ quan công an tổ chức, nếu đạt yêu cầu thì được phục hồi đủ 12 điểm.',
      'Người dân có thể tra cứu điểm giấy phép lái xe trên ứng dụng định danh điện tử hoặc Cổng dịch vụ công của Bộ Công an.',
    ],
  },
  {
    field: 'giao-thong',
    cites: ['36/2024/QH15'],
    titles: [
      'Cho trẻ em ngồi ghế trước ô tô có bị phạt?',
      'Quy định chở trẻ em trên xe ô tô',
      'Bế con ngồi ghế phụ khi lái xe',
    ],
    situations: [
      'Tôi thường cho con 7 tuổi ngồi ghế phụ cạnh tôi khi đưa cháu đi học bằng ô tô.',
      'Gia đình tôi có xe 5 chỗ, thường chở hai cháu nhỏ 4 tuổi và 8 tuổi về quê.',
      'Vợ tôi hay bế con 2 tuổi ngồi ghế trước khi tôi lái xe.',
    ],
    ask: 'Xin hỏi pháp luật hiện nay quy định thế nào về việc chở trẻ em trên ô tô?',
    answer: [
      'Theo <strong>Luật Trật tự, an toàn giao thông đường bộ năm 2024</strong>, khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô tô, người lái xe không được cho trẻ em ngồi cùng hàng ghế với người lái xe, trừ loại xe ô tô chỉ có một hàng ghế; đồng thời phải sử dụng, hướng dẫn sử dụng thiết bị an toàn phù hợp cho trẻ em.',
      'Vi phạm quy định này có thể bị xử phạt vi phạm hành chính theo Nghị định của Chính phủ. Quan trọng hơn, việc cho trẻ ngồi đúng vị trí, dùng ghế an toàn giúp giảm nguy cơ chấn thương nghiêm trọng khi xảy ra va chạm.',
    ],
  },
  {
    field: 'giao-thong',
    cites: ['36/2024/QH15', '168/2024/NĐ-CP'],
    titles: [
      'Học sinh chưa đủ tuổi đi xe máy, cha mẹ có bị phạt?',
      'Giao xe cho người chưa có giấy phép lái xe',
      'Độ tuổi được điều khiển xe gắn máy',
    ],
    situations: [
      'Con tôi học lớp 10, 15 tuổi, muốn tự đi xe máy 110 cm³ đến trường.',
      'Tôi cho cháu họ 17 tuổi mượn xe máy nhưng cháu chưa có giấy phép lái xe.',
      'Con tôi 16 tuổi đang học lớp 11, muốn đi xe máy điện đến trường.',
    ],
    ask: 'Xin hỏi trường hợp này có vi phạm pháp luật không?',
    answer: [
      'Luật Trật tự, an toàn giao thông đường bộ năm 2024 quy định người đủ 16 tuổi trở lên được điều khiển xe gắn máy (xe có dung tích xi-lanh đến 50 cm³ hoặc động cơ điện có công suất tương ứng); người đủ 18 tuổi trở lên được cấp giấy phép lái xe hạng A1, A, B… Học sinh dưới 16 tuổi không được điều khiển xe gắn máy, xe máy.',
      'Chủ phương tiện giao xe cho người không đủ điều kiện điều khiển xe tham gia giao thông có thể bị xử phạt theo Nghị định số 168/2024/NĐ-CP. Phụ huynh nên lựa chọn phương tiện phù hợp với độ tuổi của con và nhắc con đội mũ bảo hiểm đúng quy cách.',
    ],
  },
  // Hình sự
  {
    field: 'hinh-su',
    cites: ['100/2015/QH13'],
    titles: [
      'Con 15 tuổi đánh nhau gây thương tích có bị truy cứu?',
      'Trẻ 14 tuổi trộm cắp tài sản có bị xử lý hình sự?',
      'Tuổi chịu trách nhiệm hình sự',
    ],
    situations: [
      'Con tôi 15 tuổi, tham gia đánh nhau với bạn cùng trường gây thương tích.',
      'Cháu tôi 14 tuổi bị phát hiện lấy trộm xe đạp điện của hàng xóm.',
      'Tôi muốn biết trẻ em bao nhiêu tuổi thì phải chịu trách nhiệm hình sự.',
    ],
    ask: 'Xin hỏi pháp luật quy định về tuổi chịu trách nhiệm hình sự như thế nào?',
    answer: [
      'Theo <strong>Điều 12 Bộ luật Hình sự năm 2015</strong> (sửa đổi, bổ sung năm 2017), người từ đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm, trừ những tội mà Bộ luật có quy định khác. Người từ đủ 14 tuổi đến dưới 16 tuổi chỉ phải chịu trách nhiệm hình sự về tội phạm rất nghiêm trọng, tội phạm đặc biệt nghiêm trọng đối với một số tội được liệt kê cụ thể (như cố ý gây thương tích, trộm cắp tài sản, cướp tài sản…).',
      'Việc xử lý người dưới 18 tuổi phạm tội chủ yếu nhằm giáo dục, giúp đỡ họ sửa chữa sai lầm; có thể được miễn trách nhiệm hình sự và áp dụng biện pháp giám sát, giáo dục nếu đủ điều kiện. Người dưới 18 tuổi phạm tội được bảo đảm quyền có người bào chữa, có thể được trợ giúp pháp lý miễn phí.',
    ],
  },
  {
    field: 'hinh-su',
    cites: ['100/2015/QH13'],
    titles: [
      'Nhận được cuộc gọi giả danh công an đòi chuyển tiền',
      'Bị lừa chuyển tiền qua mạng phải làm gì?',
      'Cảnh giác với thủ đoạn lừa đảo qua điện thoại',
    ],
    situations: [
      'Mẹ tôi nhận được cuộc gọi tự xưng là cán bộ công an, nói bà liên quan đến một vụ án và yêu cầu chuyển tiền vào tài khoản để “xác minh”.',
      'Tôi bị một người quen trên mạng xã hội lừa chuyển tiền để nhận quà trúng thưởng.',
      'Tôi nhận được tin nhắn báo tài khoản ngân hàng bị khóa kèm đường link yêu cầu đăng nhập.',
    ],
    ask: 'Xin hỏi tôi phải làm gì và người lừa đảo bị xử lý ra sao?',
    answer: [
      'Cơ quan công an không làm việc với người dân qua điện thoại để yêu cầu chuyển tiền, cung cấp mã OTP hay mật khẩu. Khi gặp tình huống tương tự, người dân tuyệt đối không chuyển tiền, không bấm vào đường link lạ; cần liên hệ ngay ngân hàng để phong tỏa giao dịch và trình báo cơ quan công an gần nhất, kèm theo tin nhắn, số tài khoản đã chuyển tiền.',
      'Hành vi dùng thủ đoạn gian dối chiếm đoạt tài sản có thể bị xử lý về tội lừa đảo chiếm đoạt tài sản theo <strong>Điều 174 Bộ luật Hình sự năm 2015</strong>, với mức hình phạt tùy theo giá trị tài sản bị chiếm đoạt và tính chất, mức độ của hành vi.',
    ],
  },
  {
    field: 'hinh-su',
    cites: ['73/2021/QH14'],
    titles: [
      'Phát hiện con sử dụng ma túy thì gia đình cần làm gì?',
      'Gia đình muốn đưa người thân đi cai nghiện ma túy',
      'Trách nhiệm báo tin khi phát hiện người sử dụng ma túy',
    ],
    situations: [
      'Tôi phát hiện con trai 17 tuổi có biểu hiện sử dụng ma túy tổng hợp cùng nhóm bạn.',
      'Em trai tôi nghiện ma túy nhiều năm, gia đình muốn đưa đi cai nghiện.',
      'Trong xóm tôi có thanh niên nghi sử dụng ma túy, thường tụ tập vào ban đêm.',
    ],
    ask: 'Xin hỏi gia đình cần làm gì và pháp luật quy định việc cai nghiện ra sao?',
    answer: [
      'Luật Phòng, chống ma túy năm 2021 quy định gia đình có trách nhiệm giáo dục, quản lý thành viên trong gia đình, phát hiện và báo cho cơ quan công an hoặc Ủy ban nhân dân cấp xã khi có người sử dụng trái phép chất ma túy. Người nghiện ma túy có thể cai nghiện tự nguyện tại gia đình, cộng đồng hoặc tại cơ sở cai nghiện; trường hợp không tự nguyện thì có thể bị áp dụng biện pháp cai nghiện bắt buộc theo quy định.',
      'Người từ đủ 12 tuổi đến dưới 18 tuổi nghiện ma túy được cai nghiện với các biện pháp phù hợp lứa tuổi, có cơ chế riêng khi đưa vào cơ sở cai nghiện bắt buộc. Gia đình nên chủ động liên hệ công an cấp xã, trạm y tế để được tư vấn, hỗ trợ.',
    ],
  },
  // Hành chính
  {
    field: 'hanh-chinh',
    cites: ['02/2011/QH13'],
    titles: [
      'Thời hiệu khiếu nại quyết định hành chính',
      'Không đồng ý với quyết định của Ủy ban nhân dân xã thì khiếu nại thế nào?',
      'Khiếu nại quyết định xử phạt vi phạm hành chính',
    ],
    situations: [
      'Tôi nhận được quyết định xử phạt vi phạm hành chính về xây dựng mà tôi cho là không đúng.',
      'Ủy ban nhân dân xã ra quyết định buộc gia đình tôi tháo dỡ công trình phụ, tôi không đồng ý.',
      'Tôi bị xử phạt về hành vi lấn chiếm vỉa hè, nhưng tôi cho rằng mình không vi phạm.',
    ],
    ask: 'Xin hỏi tôi có thể khiếu nại trong thời hạn bao lâu và gửi đơn đến đâu?',
    answer: [
      'Theo <strong>Điều 9 Luật Khiếu nại năm 2011</strong>, thời hiệu khiếu nại là 90 ngày kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính. Trường hợp vì ốm đau, thiên tai, đi công tác, học tập ở nơi xa hoặc trở ngại khách quan khác thì thời gian đó không tính vào thời hiệu.',
      'Khiếu nại lần đầu được gửi đến chính người đã ra quyết định hành chính hoặc cơ quan có người có hành vi hành chính. Nếu không đồng ý với kết quả giải quyết lần đầu, ông/bà có quyền khiếu nại lần hai lên cấp trên hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định.',
    ],
  },
  {
    field: 'hanh-chinh',
    cites: ['11/2017/QH14'],
    titles: [
      'Ai được trợ giúp pháp lý miễn phí?',
      'Người cao tuổi thuộc hộ cận nghèo có được trợ giúp pháp lý?',
      'Người dân tộc thiểu số có được trợ giúp pháp lý miễn phí?',
    ],
    situations: [
      'Gia đình tôi thuộc hộ nghèo, đang có tranh chấp đất với một doanh nghiệp.',
      'Mẹ tôi 72 tuổi, thuộc hộ cận nghèo, bị người khác lừa ký giấy vay nợ.',
      'Tôi là người dân tộc thiểu số sống ở vùng đặc biệt khó khăn, cần người tư vấn về thủ tục thừa kế.',
    ],
    ask: 'Xin hỏi tôi có được trợ giúp pháp lý miễn phí không?',
    answer: [
      'Theo <strong>Điều 7 Luật Trợ giúp pháp lý năm 2017</strong>, người được trợ giúp pháp lý gồm: người có công với cách mạng, người thuộc hộ nghèo, trẻ em, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn, người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi, và một số nhóm người có khó khăn về tài chính như người cao tuổi, người khuyết tật, người thuộc hộ cận nghèo… theo điều kiện cụ thể.',
      'Ông/bà có thể liên hệ Trung tâm Trợ giúp pháp lý nhà nước của tỉnh, thành phố hoặc chi nhánh, hoặc đề nghị công chức tư pháp cấp xã giới thiệu. Hình thức trợ giúp gồm tư vấn pháp luật, tham gia tố tụng và đại diện ngoài tố tụng, hoàn toàn miễn phí.',
    ],
  },
  {
    field: 'hanh-chinh',
    cites: ['104/2016/QH13'],
    titles: [
      'Người dân có quyền yêu cầu cung cấp thông tin quy hoạch?',
      'Yêu cầu Ủy ban nhân dân xã cung cấp thông tin',
    ],
    situations: [
      'Tôi muốn biết thửa đất nhà mình có nằm trong quy hoạch mở rộng đường hay không.',
      'Tôi muốn xem kế hoạch sử dụng ngân sách cho việc làm đường bê tông trong thôn.',
    ],
    ask: 'Xin hỏi tôi có quyền yêu cầu cơ quan nhà nước cung cấp những thông tin này không?',
    answer: [
      'Theo Luật Tiếp cận thông tin năm 2016, công dân được tiếp cận thông tin do cơ quan nhà nước tạo ra, trừ thông tin không được tiếp cận hoặc tiếp cận có điều kiện. Quy hoạch, kế hoạch sử dụng đất, dự toán và quyết toán ngân sách thuộc nhóm thông tin phải được công khai.',
      'Người dân có thể xem thông tin được công khai trên cổng, trang thông tin điện tử, tại trụ sở Ủy ban nhân dân cấp xã hoặc gửi phiếu yêu cầu cung cấp thông tin. Luật Thực hiện dân chủ ở cơ sở năm 2022 cũng quy định những nội dung chính quyền cấp xã phải công khai để người dân biết và giám sát.',
    ],
  },
  // Thuế
  {
    field: 'thue',
    cites: ['48/2024/QH15', '38/2019/QH14'],
    titles: [
      'Hộ kinh doanh nhỏ có phải nộp thuế?',
      'Bán hàng online có phải nộp thuế không?',
      'Ngưỡng doanh thu chịu thuế của hộ kinh doanh',
    ],
    situations: [
      'Tôi mở một quán nước nhỏ ở đầu ngõ, doanh thu khoảng 8 triệu đồng một tháng.',
      'Tôi bán quần áo qua mạng xã hội, mỗi năm doanh thu khoảng 300 triệu đồng.',
      'Gia đình tôi có một cửa hàng tạp hóa, doanh thu khoảng 180 triệu đồng một năm.',
    ],
    ask: 'Xin hỏi tôi có phải nộp thuế không?',
    answer: [
      'Theo Luật Thuế giá trị gia tăng năm 2024, có hiệu lực từ ngày 01/7/2025, hàng hóa, dịch vụ của hộ, cá nhân kinh doanh có mức doanh thu hằng năm từ 200 triệu đồng trở xuống thuộc đối tượng không chịu thuế giá trị gia tăng. Quy định về thuế thu nhập cá nhân đối với hộ kinh doanh được thực hiện theo pháp luật về thuế thu nhập cá nhân.',
      'Người kinh doanh trực tuyến cũng có nghĩa vụ kê khai, nộp thuế như kinh doanh truyền thống. Ông/bà nên liên hệ cơ quan thuế quản lý trực tiếp để được hướng dẫn đăng ký, kê khai theo quy định của Luật Quản lý thuế.',
    ],
  },
  // Doanh nghiệp
  {
    field: 'doanh-nghiep',
    cites: ['59/2020/QH14'],
    titles: [
      'Công chức có được góp vốn thành lập doanh nghiệp?',
      'Viên chức có được làm giám đốc công ty tư nhân?',
    ],
    situations: [
      'Tôi là công chức cấp xã, muốn cùng bạn bè góp vốn thành lập công ty trách nhiệm hữu hạn.',
      'Tôi là giáo viên trường công lập, người thân muốn tôi đứng tên giám đốc công ty gia đình.',
    ],
    ask: 'Xin hỏi pháp luật có cho phép không?',
    answer: [
      'Theo <strong>Điều 17 Luật Doanh nghiệp năm 2020</strong>, cán bộ, công chức, viên chức theo quy định của pháp luật về cán bộ, công chức, viên chức không được thành lập và quản lý doanh nghiệp tại Việt Nam (trừ trường hợp được cử làm đại diện phần vốn nhà nước).',
      'Việc góp vốn, mua cổ phần, phần vốn góp vào doanh nghiệp của cán bộ, công chức, viên chức phải tuân thủ quy định của pháp luật về phòng, chống tham nhũng và pháp luật chuyên ngành. Ông/bà nên hỏi thêm ý kiến cơ quan quản lý trực tiếp trước khi thực hiện.',
    ],
  },
  {
    field: 'doanh-nghiep',
    cites: ['59/2020/QH14'],
    titles: [
      'Mỗi người được thành lập mấy doanh nghiệp tư nhân?',
      'Chuyển hộ kinh doanh thành doanh nghiệp',
    ],
    situations: [
      'Tôi đã là chủ một doanh nghiệp tư nhân kinh doanh vật liệu xây dựng, nay muốn mở thêm một doanh nghiệp tư nhân khác.',
      'Gia đình tôi đang kinh doanh theo hình thức hộ kinh doanh, muốn chuyển thành doanh nghiệp để mở rộng.',
    ],
    ask: 'Xin hỏi pháp luật quy định như thế nào?',
    answer: [
      'Theo <strong>Điều 188 Luật Doanh nghiệp năm 2020</strong>, mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư nhân; chủ doanh nghiệp tư nhân không được đồng thời là chủ hộ kinh doanh, thành viên hợp danh của công ty hợp danh.',
      'Hộ kinh doanh có thể đăng ký chuyển đổi thành doanh nghiệp theo thủ tục đăng ký doanh nghiệp tại cơ quan đăng ký kinh doanh cấp tỉnh. Hồ sơ có thể nộp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
    ],
  },
  // Cư trú và căn cước
  {
    field: 'cu-tru-can-cuoc',
    cites: ['26/2023/QH15', '70/2024/NĐ-CP'],
    titles: [
      'Thẻ Căn cước công dân còn hạn có phải đổi sang thẻ căn cước?',
      'Khi nào phải đổi thẻ căn cước?',
      'Các mốc tuổi đổi thẻ căn cước',
      'Thẻ căn cước mới có còn ghi quê quán?',
    ],
    situations: [
      'Tôi được cấp thẻ Căn cước công dân gắn chip năm 2021, thẻ còn hạn đến năm 2035.',
      'Tôi năm nay 24 tuổi, sang năm sẽ đủ 25 tuổi.',
      'Bố tôi 59 tuổi, đang dùng thẻ Căn cước công dân cấp năm 2022.',
      'Tôi nghe nói thẻ căn cước mới không còn ghi quê quán.',
    ],
    ask: 'Xin hỏi tôi có phải làm thủ tục đổi thẻ không?',
    answer: [
      'Theo <strong>Điều 46 Luật Căn cước năm 2023</strong>, thẻ Căn cước công dân đã được cấp trước ngày 01/7/2024 có giá trị sử dụng đến hết thời hạn ghi trên thẻ; công dân có thể đổi sang thẻ căn cước khi có nhu cầu.',
      'Theo <strong>Điều 21</strong> của Luật, công dân phải thực hiện thủ tục cấp đổi thẻ căn cước khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi. Thẻ được cấp, đổi, cấp lại trong thời hạn 02 năm trước các tuổi này có giá trị sử dụng đến tuổi đổi thẻ tiếp theo.',
      'Thẻ căn cước thể hiện “nơi đăng ký khai sinh” thay cho “quê quán” và không in vân tay, đặc điểm nhận dạng. Thủ tục đổi thẻ thực hiện tại cơ quan quản lý căn cước của Công an cấp tỉnh hoặc Công an cấp xã theo hướng dẫn của địa phương.',
    ],
  },
  {
    field: 'cu-tru-can-cuoc',
    cites: ['26/2023/QH15'],
    titles: [
      'Làm thẻ căn cước cho trẻ em dưới 14 tuổi',
      'Con 6 tuổi có cần làm thẻ căn cước?',
      'Thủ tục cấp thẻ căn cước cho con nhỏ',
    ],
    situations: [
      'Con tôi 10 tuổi, gia đình chuẩn bị cho cháu đi máy bay nội địa cùng bố mẹ.',
      'Con tôi 6 tuổi, nhà trường có hỏi về mã số định danh của cháu.',
      'Tôi muốn làm thẻ căn cước cho con 3 tuổi để tiện làm thủ tục.',
    ],
    ask: 'Xin hỏi trẻ em có được làm thẻ căn cước không và thủ tục thế nào?',
    answer: [
      'Theo <strong>Điều 19 Luật Căn cước năm 2023</strong>, công dân Việt Nam dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu. Người dưới 14 tuổi đề nghị cấp thẻ thông qua người đại diện hợp pháp (cha, mẹ hoặc người giám hộ).',
      'Đối với trẻ dưới 06 tuổi, việc cấp thẻ có thể thực hiện qua cổng dịch vụ công, ứng dụng định danh quốc gia và không thu thập thông tin nhân dạng, sinh trắc học; trẻ từ đủ 06 tuổi đến dưới 14 tuổi thì đến cơ quan quản lý căn cước cùng người đại diện để thu nhận thông tin. Trong nhiều thủ tục, số định danh cá nhân của trẻ đã đủ để tra cứu thông tin mà không cần thẻ.',
    ],
  },
  {
    field: 'cu-tru-can-cuoc',
    cites: ['68/2020/QH14'],
    titles: [
      'Đăng ký tạm trú khi đi thuê trọ',
      'Sinh viên ở ký túc xá có phải đăng ký tạm trú?',
      'Chủ nhà trọ có trách nhiệm gì về tạm trú?',
    ],
    situations: [
      'Tôi từ quê lên thành phố làm công nhân, thuê phòng trọ được hơn một tháng.',
      'Tôi là sinh viên năm nhất, ở ký túc xá ngoài trường.',
      'Gia đình tôi có 5 phòng cho thuê, người thuê thay đổi thường xuyên.',
    ],
    ask: 'Xin hỏi quy định về đăng ký tạm trú như thế nào?',
    answer: [
      'Theo <strong>Điều 27 Luật Cư trú năm 2020</strong>, công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên thì phải thực hiện đăng ký tạm trú. Thời hạn tạm trú tối đa là 02 năm và có thể tiếp tục gia hạn nhiều lần.',
      'Người thuê nhà nộp hồ sơ đăng ký tạm trú tại cơ quan đăng ký cư trú (Công an cấp xã), có thể nộp trực tuyến. Chủ nhà có trách nhiệm đồng ý cho đăng ký tạm trú tại chỗ ở của mình (thể hiện trong tờ khai hoặc văn bản), và thực hiện thông báo lưu trú theo quy định với người ở lại qua đêm nhưng không thuộc diện đăng ký tạm trú.',
    ],
  },
  {
    field: 'cu-tru-can-cuoc',
    cites: ['68/2020/QH14'],
    titles: [
      'Nhập hộ khẩu về nhà bố mẹ vợ',
      'Đưa mẹ già về đăng ký thường trú cùng con',
      'Đăng ký thường trú tại nhà thuê',
    ],
    situations: [
      'Sau khi kết hôn, tôi muốn chuyển thường trú về nhà bố mẹ vợ ở phường khác.',
      'Mẹ tôi đã cao tuổi, muốn chuyển về ở cùng và đăng ký thường trú tại nhà tôi.',
      'Tôi thuê nhà ở ổn định đã 3 năm và muốn đăng ký thường trú tại đây.',
    ],
    ask: 'Xin hỏi điều kiện và thủ tục đăng ký thường trú như thế nào?',
    answer: [
      'Theo <strong>Điều 20 Luật Cư trú năm 2020</strong>, công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình được đăng ký thường trú tại chỗ ở đó. Công dân được đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình khi được chủ hộ và chủ sở hữu đồng ý trong các trường hợp như vợ về ở với chồng, chồng về ở với vợ, con về ở với cha, mẹ, cha, mẹ về ở với con; người cao tuổi về ở với anh, chị, em, cháu ruột…',
      'Trường hợp thuê, mượn, ở nhờ, công dân được đăng ký thường trú khi được chủ sở hữu đồng ý và bảo đảm điều kiện về diện tích nhà ở tối thiểu do Hội đồng nhân dân cấp tỉnh quy định. Hồ sơ nộp tại Công an cấp xã hoặc qua Cổng dịch vụ công.',
    ],
  },
  // Bảo vệ dữ liệu cá nhân
  {
    field: 'du-lieu-ca-nhan',
    cites: ['91/2025/QH15', '356/2025/NĐ-CP'],
    titles: [
      'Cửa hàng yêu cầu chụp thẻ căn cước khi mua hàng có đúng không?',
      'Thông tin cá nhân bị chia sẻ cho bên khác',
      'Quyền yêu cầu xóa dữ liệu cá nhân',
      'Im lặng có được coi là đồng ý xử lý dữ liệu?',
    ],
    situations: [
      'Khi mua sim điện thoại và một số hàng hóa, nhân viên cửa hàng yêu cầu chụp hai mặt thẻ căn cước của tôi.',
      'Sau khi đăng ký học thử ở một trung tâm ngoại ngữ, tôi liên tục nhận cuộc gọi quảng cáo từ nhiều công ty khác.',
      'Tôi đã hủy tài khoản ở một ứng dụng mua sắm nhưng không biết dữ liệu của mình còn được lưu hay không.',
      'Một trang web tự đánh dấu sẵn ô “đồng ý nhận thông tin quảng cáo” khi tôi đăng ký tài khoản.',
    ],
    ask: 'Xin hỏi pháp luật bảo vệ quyền của tôi như thế nào?',
    answer: [
      'Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), có hiệu lực từ ngày 01/01/2026, quy định việc xử lý dữ liệu cá nhân phải có căn cứ hợp pháp, thường là sự đồng ý của chủ thể dữ liệu. Sự đồng ý phải tự nguyện, rõ ràng, trên cơ sở biết rõ loại dữ liệu, mục đích xử lý, tổ chức xử lý và quyền của mình; im lặng, không phản hồi hoặc ô đánh dấu sẵn không được coi là đồng ý. Luật nghiêm cấm mua, bán dữ liệu cá nhân.',
      'Chủ thể dữ liệu có quyền được biết, đồng ý hoặc rút lại sự đồng ý, xem, chỉnh sửa, yêu cầu xóa, hạn chế xử lý dữ liệu của mình và khiếu nại, tố cáo, khởi kiện khi quyền bị xâm phạm. Ông/bà nên yêu cầu tổ chức thu thập dữ liệu giải thích mục đích; khi phát hiện dữ liệu bị chia sẻ trái phép, có thể phản ánh đến cơ quan chuyên trách bảo vệ dữ liệu cá nhân thuộc Bộ Công an.',
    ],
  },
  // Hòa giải ở cơ sở
  {
    field: 'hoa-giai',
    cites: ['35/2013/QH13', '15/2014/NĐ-CP'],
    titles: [
      'Những việc nào được hòa giải ở cơ sở?',
      'Tiêu chuẩn để trở thành hòa giải viên',
      'Hòa giải viên có được hưởng thù lao?',
    ],
    situations: [
      'Trong thôn tôi thường xảy ra mâu thuẫn nhỏ giữa các hộ về nước thải, vật nuôi, lối đi.',
      'Tôi là giáo viên đã nghỉ hưu, được bà con đề nghị tham gia tổ hòa giải của thôn.',
      'Tôi là hòa giải viên ở tổ dân phố, mỗi năm tham gia hòa giải vài vụ việc.',
    ],
    ask: 'Xin hỏi pháp luật về hòa giải ở cơ sở quy định thế nào?',
    answer: [
      'Theo <strong>Luật Hòa giải ở cơ sở năm 2013</strong>, hòa giải ở cơ sở áp dụng với mâu thuẫn, tranh chấp, vi phạm pháp luật ở khu dân cư, trừ các trường hợp luật cấm như vi phạm pháp luật mà theo quy định phải bị truy cứu trách nhiệm hình sự hoặc xử lý vi phạm hành chính, trái đạo đức xã hội… Việc hòa giải dựa trên nguyên tắc tự nguyện, tôn trọng sự thỏa thuận của các bên.',
      'Hòa giải viên là người tự nguyện tham gia, có phẩm chất đạo đức tốt, có uy tín trong cộng đồng, có khả năng thuyết phục, hiểu biết pháp luật; được bầu tại khu dân cư và được Chủ tịch Ủy ban nhân dân cấp xã ra quyết định công nhận. Hòa giải viên được hưởng thù lao theo vụ, việc và được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải; mức chi cụ thể do Hội đồng nhân dân cấp tỉnh quy định.',
    ],
  },
  // Y tế
  {
    field: 'y-te',
    cites: ['25/2008/QH12', '51/2024/QH15'],
    titles: [
      'Khám bệnh ở nơi khác có được hưởng bảo hiểm y tế?',
      'Đi khám bảo hiểm y tế cần mang theo giấy tờ gì?',
      'Mức hưởng bảo hiểm y tế khi chuyển viện',
    ],
    situations: [
      'Tôi đăng ký khám chữa bệnh ban đầu ở trạm y tế xã nhưng muốn lên bệnh viện tỉnh khám.',
      'Mẹ tôi đi khám bệnh nhưng quên mang thẻ bảo hiểm y tế giấy.',
      'Bố tôi được chuyển từ bệnh viện tỉnh lên bệnh viện trung ương để điều trị.',
    ],
    ask: 'Xin hỏi quyền lợi bảo hiểm y tế trong trường hợp này được quy định như thế nào?',
    answer: [
      'Luật Bảo hiểm y tế, được sửa đổi, bổ sung năm 2024 (có hiệu lực từ ngày 01/7/2025), quy định mức hưởng và thủ tục khám bệnh, chữa bệnh bảo hiểm y tế theo cấp chuyên môn kỹ thuật, trong đó có trường hợp người bệnh tự đi khám không đúng nơi đăng ký hoặc được chuyển cơ sở điều trị. Mức hưởng cụ thể phụ thuộc vào đối tượng, cơ sở khám bệnh và việc có chuyển cơ sở đúng quy định hay không.',
      'Khi đi khám, người bệnh có thể xuất trình thẻ bảo hiểm y tế bản giấy, hình ảnh thẻ trên ứng dụng hoặc thẻ căn cước có gắn chip, tài khoản định danh điện tử. Ông/bà nên hỏi bộ phận tiếp đón của cơ sở y tế hoặc cơ quan bảo hiểm xã hội để được hướng dẫn cụ thể.',
    ],
  },
  {
    field: 'lao-dong',
    cites: ['45/2019/QH14', '41/2024/QH15'],
    titles: [
      'Lao động nữ được nghỉ thai sản bao lâu?',
      'Công ty có được cho nghỉ việc khi đang mang thai?',
      'Đi làm lại trước khi hết thời gian nghỉ thai sản',
      'Quyền lợi của lao động nữ khi mang thai',
    ],
    situations: [
      'Tôi làm kế toán cho một công ty tư nhân, dự sinh vào tháng tới.',
      'Tôi đang mang thai tháng thứ 4 thì công ty thông báo sẽ không gia hạn hợp đồng và cho tôi nghỉ việc.',
      'Tôi đã nghỉ sinh được 4 tháng, sức khỏe tốt và muốn đi làm lại sớm.',
      'Tôi là công nhân dệt may, đang mang thai tháng thứ 7 và vẫn phải làm ca đêm.',
    ],
    ask: 'Xin hỏi pháp luật bảo vệ quyền lợi của tôi như thế nào?',
    answer: [
      'Theo <strong>Điều 139 Bộ luật Lao động năm 2019</strong>, lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng, thời gian nghỉ trước khi sinh không quá 02 tháng; sinh đôi trở lên thì từ con thứ hai trở đi, cứ mỗi con được nghỉ thêm 01 tháng. Sau khi nghỉ ít nhất 04 tháng, người lao động có thể đi làm lại nếu có nhu cầu, được người sử dụng lao động đồng ý và có xác nhận của cơ sở khám bệnh, chữa bệnh về việc đi làm sớm không có hại cho sức khỏe.',
      'Theo <strong>Điều 137</strong>, người sử dụng lao động không được sa thải hoặc đơn phương chấm dứt hợp đồng lao động đối với người lao động vì lý do kết hôn, mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi (trừ trường hợp người sử dụng lao động là cá nhân chết hoặc doanh nghiệp chấm dứt hoạt động). Lao động nữ mang thai từ tháng thứ 07 không phải làm việc ban đêm, làm thêm giờ, đi công tác xa.',
      'Trong thời gian nghỉ thai sản, người lao động đủ điều kiện được hưởng trợ cấp thai sản từ quỹ bảo hiểm xã hội theo Luật Bảo hiểm xã hội năm 2024.',
    ],
  },
  {
    field: 'hanh-chinh',
    cites: ['15/2012/QH13', '67/2020/QH14'],
    titles: [
      'Thời hiệu xử phạt vi phạm hành chính là bao lâu?',
      'Vi phạm xây dựng từ gần ba năm trước có còn bị xử phạt?',
      'Bị lập biên bản nhưng lâu chưa có quyết định xử phạt',
    ],
    situations: [
      'Năm ngoái tôi có sửa chữa nhà và bị lập biên bản vì chưa có giấy phép, nay chưa thấy quyết định xử phạt.',
      'Cơ quan chức năng vừa phát hiện gia đình tôi có vi phạm về xây dựng từ gần ba năm trước.',
      'Tôi bị lập biên bản vi phạm hành chính về kinh doanh nhưng đã hơn một tháng chưa nhận được quyết định.',
    ],
    ask: 'Xin hỏi vi phạm hành chính có thời hiệu xử phạt không?',
    answer: [
      'Theo <strong>Điều 6 Luật Xử lý vi phạm hành chính năm 2012</strong> (sửa đổi, bổ sung năm 2020), thời hiệu xử phạt vi phạm hành chính là 01 năm; riêng một số lĩnh vực như kế toán, thuế, phí, lệ phí, đất đai, xây dựng, bảo vệ môi trường, nhà ở… thời hiệu là 02 năm. Đối với vi phạm đã kết thúc, thời hiệu tính từ thời điểm chấm dứt hành vi; đối với vi phạm đang thực hiện, thời hiệu tính từ thời điểm phát hiện.',
      'Hết thời hiệu thì không bị xử phạt nhưng vẫn có thể bị áp dụng biện pháp khắc phục hậu quả. Thời hạn ra quyết định xử phạt được quy định cụ thể trong Luật; ông/bà có thể liên hệ cơ quan đã lập biên bản để được giải thích.',
    ],
  },
  {
    field: 'cu-tru-can-cuoc',
    cites: ['68/2020/QH14'],
    titles: [
      'Có khách ở lại qua đêm có phải khai báo?',
      'Thông báo lưu trú cho người thân đến chơi',
      'Cách thông báo lưu trú qua ứng dụng',
    ],
    situations: [
      'Em gái tôi ở tỉnh khác đến chơi và ở lại nhà tôi khoảng một tuần.',
      'Dịp nghỉ lễ, gia đình tôi đón bạn bè từ xa đến ở lại hai đêm.',
      'Tôi kinh doanh homestay nhỏ, khách thường ở một đến hai đêm.',
    ],
    ask: 'Xin hỏi tôi có phải thông báo lưu trú không và thực hiện thế nào?',
    answer: [
      'Theo <strong>Điều 30 Luật Cư trú năm 2020</strong>, khi có người đến lưu trú (ở lại qua đêm hoặc trong thời gian dưới 30 ngày) tại chỗ ở không phải nơi thường trú, tạm trú của họ, thành viên hộ gia đình, người đại diện cơ sở lưu trú có trách nhiệm thông báo việc lưu trú với cơ quan đăng ký cư trú.',
      'Việc thông báo có thể thực hiện trực tiếp, qua điện thoại, phương tiện điện tử hoặc qua ứng dụng, cổng dịch vụ công do cơ quan công an cung cấp. Nội dung gồm họ tên, số định danh cá nhân, thời gian lưu trú của người đến ở.',
    ],
  },
  {
    field: 'hon-nhan-gia-dinh',
    cites: ['52/2014/QH13'],
    titles: [
      'Thủ tục thuận tình ly hôn',
      'Hai vợ chồng đồng ý ly hôn thì nộp đơn ở đâu?',
      'Thuận tình ly hôn có cần ra Tòa?',
    ],
    situations: [
      'Vợ chồng tôi sống ly thân đã lâu, nay cả hai đều muốn ly hôn và đã thỏa thuận xong việc nuôi con.',
      'Chúng tôi đồng ý ly hôn nhưng vợ tôi đang làm việc ở nước ngoài.',
      'Vợ chồng tôi muốn ly hôn nhanh, không tranh chấp gì về tài sản.',
    ],
    ask: 'Xin hỏi thủ tục thuận tình ly hôn như thế nào?',
    answer: [
      'Theo <strong>Điều 55 Luật Hôn nhân và gia đình năm 2014</strong>, trong trường hợp vợ chồng cùng yêu cầu ly hôn, nếu xét thấy hai bên thật sự tự nguyện ly hôn và đã thỏa thuận về việc chia tài sản, việc trông nom, nuôi dưỡng, chăm sóc, giáo dục con trên cơ sở bảo đảm quyền lợi chính đáng của vợ và con thì Tòa án công nhận thuận tình ly hôn; nếu không thỏa thuận được hoặc thỏa thuận không bảo đảm quyền lợi của vợ và con thì Tòa án giải quyết việc ly hôn.',
      'Vợ chồng nộp đơn yêu cầu công nhận thuận tình ly hôn tại Tòa án nhân dân có thẩm quyền nơi một trong hai bên cư trú, làm việc. Tòa án sẽ tiến hành hòa giải; nếu hòa giải đoàn tụ không thành và các bên giữ nguyên thỏa thuận, Tòa án ra quyết định công nhận thuận tình ly hôn.',
    ],
  },
  {
    field: 'giao-thong',
    cites: ['36/2024/QH15', '168/2024/NĐ-CP'],
    titles: [
      'Chở con nhỏ trên xe máy có phải đội mũ bảo hiểm?',
      'Đội mũ bảo hiểm không cài quai có bị phạt?',
      'Người ngồi sau xe máy không đội mũ bảo hiểm',
    ],
    situations: [
      'Tôi thường chở con 7 tuổi đi học bằng xe máy, quãng đường rất ngắn nên cháu không đội mũ bảo hiểm.',
      'Tôi bị cảnh sát giao thông dừng xe vì đội mũ bảo hiểm nhưng không cài quai.',
      'Tôi chở mẹ đi chợ, bà không thích đội mũ bảo hiểm vì nóng.',
    ],
    ask: 'Xin hỏi quy định về đội mũ bảo hiểm hiện nay thế nào?',
    answer: [
      'Luật Trật tự, an toàn giao thông đường bộ năm 2024 quy định người điều khiển, người được chở trên xe mô tô, xe gắn máy phải đội mũ bảo hiểm và cài quai đúng quy cách, trừ một số trường hợp như chở người bệnh đi cấp cứu, trẻ em dưới 06 tuổi, áp giải người có hành vi vi phạm pháp luật.',
      'Hành vi không đội mũ bảo hiểm hoặc đội mà không cài quai đúng quy cách, chở người không đội mũ bảo hiểm bị xử phạt theo Nghị định số 168/2024/NĐ-CP. Dù không bắt buộc với trẻ dưới 06 tuổi, cha mẹ vẫn nên cho trẻ đội mũ bảo hiểm dành cho trẻ em để bảo vệ an toàn.',
    ],
  },
  {
    field: 'hinh-su',
    cites: ['100/2015/QH13'],
    titles: [
      'Đánh bài ăn tiền dịp Tết bị xử lý thế nào?',
      'Ghi lô đề cho bà con có vi phạm pháp luật?',
      'Cho người khác mượn nhà để đánh bạc',
    ],
    situations: [
      'Dịp Tết, mấy anh em trong họ thường đánh bài ăn tiền với nhau, mỗi ván vài chục nghìn đồng.',
      'Tôi biết một người trong xóm thường ghi lô đề cho bà con.',
      'Hàng xóm đề nghị mượn nhà tôi để tổ chức đánh bài vào buổi tối.',
    ],
    ask: 'Xin hỏi những hành vi này có vi phạm pháp luật không?',
    answer: [
      'Đánh bạc trái phép dưới bất kỳ hình thức nào với hình thức được thua bằng tiền hay hiện vật đều là hành vi vi phạm pháp luật. Theo <strong>Điều 321 Bộ luật Hình sự năm 2015</strong>, người đánh bạc trái phép mà tiền hoặc hiện vật dùng đánh bạc trị giá từ 5.000.000 đồng trở lên, hoặc dưới mức này nhưng đã bị xử phạt vi phạm hành chính hoặc đã bị kết án về hành vi này mà còn vi phạm, thì bị truy cứu trách nhiệm hình sự; trường hợp chưa đến mức đó thì bị xử phạt vi phạm hành chính.',
      'Người tổ chức đánh bạc, cho người khác sử dụng địa điểm thuộc quyền quản lý của mình để đánh bạc có thể bị xử lý về tội tổ chức đánh bạc hoặc gá bạc (Điều 322) khi đủ yếu tố cấu thành tội phạm. Vui xuân nên lựa chọn các trò chơi dân gian lành mạnh.',
    ],
  },
  {
    field: 'dan-su',
    cites: ['27/2023/QH15', '91/2015/QH13'],
    titles: [
      'Mua nhà bằng giấy viết tay có được không?',
      'Hợp đồng mua bán nhà ở có phải công chứng?',
      'Đặt cọc mua nhà nhưng bên bán đổi ý',
    ],
    situations: [
      'Tôi định mua một căn nhà của người quen, hai bên muốn viết giấy tay cho nhanh.',
      'Tôi chuẩn bị mua lại một căn hộ chung cư cũ đã có Giấy chứng nhận.',
      'Tôi đã đặt cọc 100 triệu đồng để mua nhà, nay bên bán không muốn bán nữa.',
    ],
    ask: 'Xin hỏi pháp luật quy định thế nào?',
    answer: [
      'Theo Luật Nhà ở năm 2023, hợp đồng mua bán, tặng cho, đổi, góp vốn, thế chấp nhà ở phải được công chứng hoặc chứng thực, trừ một số trường hợp luật quy định (như mua bán nhà ở thuộc tài sản công, nhà ở xã hội mà một bên là tổ chức…). Giấy viết tay không được công chứng, chứng thực tiềm ẩn nhiều rủi ro và không đủ điều kiện để đăng ký sang tên.',
      'Về đặt cọc, theo <strong>Điều 328 Bộ luật Dân sự năm 2015</strong>, nếu bên nhận đặt cọc từ chối việc giao kết, thực hiện hợp đồng thì phải trả cho bên đặt cọc tài sản đặt cọc và một khoản tiền tương đương giá trị tài sản đặt cọc, trừ trường hợp có thỏa thuận khác. Ông/bà nên lập hợp đồng đặt cọc rõ ràng và giữ chứng từ thanh toán.',
    ],
  },
];
