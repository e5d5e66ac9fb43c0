/*
 * MaintFlow: Camunda Forms in Tasklist are drawn by form-js, whose own texts (validation messages, "Select", "Search",
 * "No results") are English in the bundle and out of reach of Tasklist's locales/zh.json. With a Chinese browser —
 * the rule Tasklist itself uses to pick zh.json: the first browser language — this rewrites them where form-js puts
 * them, as it renders, Chinese first with the English after. The pattern message also loses its raw regular
 * expression, which staff cannot read: each field's description says what is expected. Dates need nothing here:
 * form-js formats them in the browser's own locale (yyyy/M/d in a Chinese browser).
 * Loaded through customScripts in config.js (Camunda 7.14+ plugin interface, plain JavaScript); it adds no plugin.
 */
const CHINESE = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase() === 'zh';

/** English text of form-js → Chinese / English, in the order form-js can produce them. */
const MESSAGES = [
  [/^Field is required\.$/, () => '必填 / Required'],
  [/^Field must have minimum value of (.+)\.$/, m => `不能小于 ${m[1]} / At least ${m[1]}`],
  [/^Field must have maximum value of (.+)\.$/, m => `不能大于 ${m[1]} / At most ${m[1]}`],
  [/^Field must have minimum length of (.+)\.$/, m => `至少 ${m[1]} 个字符 / At least ${m[1]} characters`],
  [/^Field must have maximum length of (.+)\.$/, m => `最多 ${m[1]} 个字符 / At most ${m[1]} characters`],
  [/^Field must match pattern .*$/s, () => '格式不正确，请按说明填写 / Not in the expected format (see the note)'],
  [/^Field must be a valid email\.?$/, () => '不是有效的邮箱地址 / Not an e-mail address'],
  [/^Field must be a valid\s+international phone number.*$/s, () => '不是有效的国际电话号码 / Not an international phone number'],
  [/^Select$/, () => '请选择 / Select'],
  [/^No results$/, () => '没有匹配项 / No results'],
  [/^All values selected$/, () => '已全部选择 / All values selected']
];

const TEXT_CONTAINERS = '.fjs-form-field-error, .fjs-select-display, .fjs-dropdownlist-empty';

function translated(text) {
  const trimmed = text.trim();
  for (const [english, chinese] of MESSAGES) {
    const match = english.exec(trimmed);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function translateText(node) {
  const chinese = translated(node.nodeValue || '');
  if (chinese !== null && node.nodeValue !== chinese) {
    node.nodeValue = chinese;
  }
}

function translateWithin(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const containers = root.matches(TEXT_CONTAINERS) ? [root] : [];
  containers.push(...root.querySelectorAll(TEXT_CONTAINERS));
  for (const container of containers) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      translateText(text);
    }
  }
  for (const input of root.querySelectorAll('.fjs-form input[placeholder="Search"]')) {
    input.placeholder = '搜索 / Search';
  }
}

if (CHINESE && typeof MutationObserver !== 'undefined') {
  // form-js (Preact) writes these texts whenever it validates or opens a list, so watch and rewrite each time.
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        if (mutation.target.parentElement && mutation.target.parentElement.closest(TEXT_CONTAINERS)) {
          translateText(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach(node => node.nodeType === Node.TEXT_NODE
          ? node.parentElement && node.parentElement.closest(TEXT_CONTAINERS) && translateText(node)
          : translateWithin(node));
        if (mutation.target instanceof Element && mutation.target.closest(TEXT_CONTAINERS)) {
          translateWithin(mutation.target.closest(TEXT_CONTAINERS));
        }
      }
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

export default [];
