// Example articles, written for presswatch (fictional places and people; not from any outlet).
export const EXAMPLES = [
  {
    lang: "en",
    title: "English example",
    text: "Reporter detained while filming protest in Riverton\n\nPolice in Riverton detained freelance reporter Mara Ellison on Tuesday evening as she filmed a rally outside the regional council building. Officers seized her camera and memory cards, her editor said.\n\nEllison was released after six hours but has been charged with taking part in an unauthorised gathering. The regional prosecutor opened a criminal case against her the next morning.\n\nOn Thursday the website of her outlet, the Riverton Ledger, was blocked on the order of the communications regulator. \"We will keep reporting,\" the editor told colleagues.\n",
  },
  {
    lang: "ru",
    title: "Русский пример",
    text: "В Северогорске задержан корреспондент местной газеты\n\nПолицейские задержали корреспондента газеты «Северный вестник» Игоря Лаптева во время съёмки у здания городской администрации. По словам редактора, у журналиста изъяли ноутбук и диктофон.\n\nПротив Лаптева возбуждено уголовное дело о распространении заведомо ложной информации. Ему грозит до пяти лет лишения свободы.\n\nНакануне сайт издания был заблокирован по требованию прокуратуры, а главному редактору поступили угрозы в мессенджере.\n",
  },
  {
    lang: "kk",
    title: "Қазақша мысал",
    text: "Ақбұлақ қаласында тілші ұсталды\n\nАқбұлақ қаласында полиция қызметкерлері «Дала жаршысы» газетінің тілшісі Айгүл Серікованы әкімдік ғимаратының алдында түсірілім кезінде ұстады. Редактордың айтуынша, журналистің телефоны мен камерасы тәркіленді.\n\nТілшіге қатысты жалған ақпарат тарату бабы бойынша қылмыстық іс қозғалды.\n\nБір күн бұрын басылымның сайты бұғатталды, ал бас редакторға әлеуметтік желіде қорқыту хаттары келді.\n",
  },
];
